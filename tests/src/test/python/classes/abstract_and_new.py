# __new__, immutable subclasses, abc.ABC and abstractmethod.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('abc')
print(u, type(u).__name__, isinstance(u, str), u + 'd', len(u))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Tracker:
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print('init', a)
Tracker(1, 2)
