# Calling instances through __call__: looked up on the type, not the instance; any callable as
# __call__; a __call__ that is itself such an instance recurses until RecursionError.


class A:
    pass


A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError:", e)


class B:
    def __call__(self, x, *rest, k=0):
        return x + len(rest) + k


b = B()
print(b(1), b(1, 2, 3, k=10), list(map(b, [1, 2])), sorted([3, 1], key=b), callable(b))
b.__call__ = lambda x: "instance attribute"
print(b(5))


class S:
    __call__ = staticmethod(lambda *args: ("static", args))


class C:
    __call__ = classmethod(lambda cls, *args: (cls.__name__, args))


class L:
    __call__ = len


print(S()(1, 2), C()(3), callable(L()))
try:
    L()([1, 2])
except TypeError as e:
    print("TypeError:", e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable()), callable(NotCallable))


# Other special methods that are not plain functions: bound through __get__, or called as they are.
class SpecialA:
    __len__ = staticmethod(lambda: 3)
    __eq__ = classmethod(lambda cls, other: cls.__name__)
    __hash__ = None
    __repr__ = lambda self: "A!"
    __iter__ = classmethod(lambda cls: iter([cls.__name__]))
try:
    print(len(SpecialA()))
except TypeError as e:
    print("TypeError:", e)
print(SpecialA() == 1, repr(SpecialA()), list(SpecialA()))
class SpecialB:
    __contains__ = len
try:
    print(1 in SpecialB())
except TypeError as e:
    print("TypeError:", e)
