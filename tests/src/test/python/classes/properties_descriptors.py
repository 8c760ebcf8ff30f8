# property, setters/deleters, custom descriptors, __get__/__set__/__set_name__.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = 0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(self.name[1:] + ' must be int')
        setattr(obj, self.name, value)
class Rec:
    a = Typed()
    b = Typed()
r = Rec()
r.a = 1
print(r.a, r.b, isinstance(Rec.a, Typed))
try:
    r.b = 'x'
except TypeError as e:
    print(type(e).__name__, e)
class NonData:
    def __get__(self, obj, owner=None):
        return 'from descriptor'
class H:
    nd = NonData()
h = H()
print(h.nd)
h.__dict__['nd'] = 'from instance'
print(h.nd)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
