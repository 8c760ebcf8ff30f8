# Read-only members say 'readonly attribute'; object.__setattr__/__delattr__ refuse type objects;
# MRO conflicts, __class__ assignment between incompatible layouts, attributes on bare object().
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: setattr(object(), "foo", 1))
t(lambda: setattr(property(), "fget", 1))
t(lambda: setattr(property(), "__doc__", "d"))
class A: pass
class B(A): pass
t(lambda: type("X", (A, B), {}))
class M(list): pass
class N(dict): pass
m = M()
def setcls():
    m.__class__ = N
t(setcls)
class P: pass
class Q: __slots__ = ("a",)
p = P()
def setcls2():
    p.__class__ = Q
t(setcls2)
t(lambda: object.__setattr__(str, "foo", 1))
t(lambda: object.__setattr__(1, "foo", 1))
def f(): pass
t(lambda: setattr(staticmethod(len), '__func__', 1))
t(lambda: setattr((lambda: 0), '__globals__', 1))
t(lambda: setattr((lambda: 0), '__closure__', 1))
t(lambda: setattr([].append, '__self__', 1))
class A2:
    def m(self): pass
t(lambda: setattr(A2().m, '__func__', 1))
t(lambda: setattr(A2().m, '__self__', 1))
t(lambda: setattr(super(A2, A2()), '__self__', 1))
t(lambda: object.__delattr__(str, 'x'))
class Meta(type):
    def __setattr__(cls, name, value):
        type.__setattr__(cls, name, value * 2)
class W(metaclass=Meta):
    pass
W.x = 21
print(W.x)
