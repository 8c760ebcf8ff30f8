# type, isinstance, dir (on simple objects), vars, getattr family, callable, id uniqueness.
class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def m(self):
        pass
a = A()
print(type(a).__name__, type(A).__name__, type(type).__name__, A.__name__, A.__module__, a.__class__ is A)
print('m' in dir(a), 'inst' in dir(a), 'cls_attr' in dir(A), sorted(vars(a)))
print(isinstance(a, A), isinstance(A, type), isinstance(1, float), isinstance([], (tuple, list)))
print(callable(a.m), callable(A), callable(a), callable(print))
print(id(a) == id(a), id(a) != id(A()), a is a, [] is [])
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(print).__name__)
print(globals()['A'] is A, 'a' in globals(), '__name__' in globals(), __name__)
def f():
    local_var = 1
    return sorted(locals())
print(f())
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
