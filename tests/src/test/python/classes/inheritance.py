# Single and multiple inheritance, method resolution order, super().
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def describe(self):
        return 'I am ' + self.name + ': ' + self.speak()
class Dog(Animal):
    def speak(self):
        return self.name + ' barks'
class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name + ' jr')
    def speak(self):
        return super().speak() + ' softly'
for a in (Animal('cat'), Dog('rex'), Puppy('rex')):
    print(a.describe())
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy('x'), Dog))
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B>' + super().who()
class C(A):
    def who(self): return 'C>' + super().who()
class D(B, C):
    def who(self): return 'D>' + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
try:
    class X(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag='t1'):
    pass
print(Sub.tag)
print(super(B, B()).who())
