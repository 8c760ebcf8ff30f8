import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name}: {self.area()}'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    @property
    def name(self):
        return 'square'


class Half(Shape):
    def area(self):
        return 0


print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(e)
try:
    Half()
except TypeError as e:
    print(e)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__len__' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Other:
    pass


print(issubclass(list, Sized), issubclass(int, Sized), isinstance('x', Sized))
t0 = abc.get_cache_token()
Shape.register(Other)
print(issubclass(Other, Shape), isinstance(Other(), Shape), abc.get_cache_token() > t0)
try:
    Shape.register(3)
except TypeError as e:
    print(e)
try:
    Other.__class__  # noqa
    Square.register(Shape)
except RuntimeError as e:
    print(e)
