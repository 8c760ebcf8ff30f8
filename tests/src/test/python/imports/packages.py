import shapes
from shapes import Square, circle
from shapes.square import Square as Sq2
import shapes.sub.deep as deep
print(Square(3).area(), Sq2 is Square, round(circle.area(1), 5), circle.relative_name())
print(deep.make().area(), shapes.sub.deep is deep, shapes.DEFAULT_SIDE)
print(shapes.__name__, shapes.__package__, shapes.square.__name__, shapes.sub.__package__)
print(sorted(n for n in dir(shapes) if not n.startswith("__")))
