# Class definition, instances, attributes, class vs instance attributes, methods.
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__, Point.__name__)
q = p.moved(1)
print(q.x, q.y, type(q) is Point, isinstance(q, Point))
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
Point.dims = 10
print(q.dims, p.dims)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(Point.norm2(q))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__mro__ == (Empty, object), Empty.__bases__)
