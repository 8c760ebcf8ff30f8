# Private name mangling: identifiers, attributes, parameters, imports, globals and annotations inside classes.
__g = 'module global'
class C:
    __x = 1
    __y__ = 'dunder'
    def __init__(self, __p=5):
        self.__a = __p
        self.__b = [__q for __q in range(2)]
    def get(self):
        return self.__a, self.__b, C.__x, self.__y__
    def __private_method(self):
        return 'pm'
    def call(self):
        return self.__private_method()
    def glob(self):
        global __g
        return __g
    @staticmethod
    def sig(__z, *, __k=3):
        return __z, __k
    __ann: int = 4
    lam = lambda self, __v=1: __v
class _D(C):
    def get2(self):
        try:
            return self.__a
        except AttributeError as e:
            return str(e)
class ___:
    __n = 1
c = C()
print(c.get(), c.call(), sorted(k for k in vars(C) if 'ann' not in k and not k.startswith('__')), C.__annotations__)
print(c._C__a, c.__dict__, _D().get2(), vars(___).get('__n'))
try:
    c.glob()
except NameError as e:
    print('NameError', e)
print(C.sig(1), C.sig.__code__.co_varnames, C.__init__.__code__.co_varnames, C._C__private_method.__name__, C._C__private_method.__qualname__)
print(C().lam(), C.lam.__code__.co_varnames)
import os.path as __osp
class E:
    import os.path as __osp2
    from os import sep as __sep
print(sorted(k for k in vars(E) if not k.startswith('__')))
