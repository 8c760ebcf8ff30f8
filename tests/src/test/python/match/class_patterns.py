# match: class patterns, positional via __match_args__, keyword patterns, dataclasses.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(s):
    match s:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x=x, y=y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'somewhere'
        case Circle(Point(0, 0), r):
            return f'circle at origin r={r}'
        case Circle(r=r):
            return f'circle r={r}'
        case str() | bytes():
            return 'text'
        case _:
            return 'unknown'
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 1), Circle(Point(1, 1), 2), 'x', b'y', 3]:
    print(where(s))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
