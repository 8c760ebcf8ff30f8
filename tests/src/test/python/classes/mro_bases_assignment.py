# __bases__ assignment recomputes the MRO of the class and of its subclasses (all restored when one
# fails); a metaclass's own mro(); CPython's MRO conflict message.
class A: pass
class B: pass
class C(A, B): pass
class D(A, B): pass
class E(C, D): pass
try:
    C.__bases__ = (B, A)
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in C.__mro__], [k.__name__ for k in E.__mro__])
class F(A): pass
class G(F): pass
F.__bases__ = (B,)
print([k.__name__ for k in G.__mro__], A.__subclasses__() == [C, D], F in B.__subclasses__())
class Meta(type):
    def mro(cls):
        return [cls, object] if cls.__name__ == "Flat" else super().mro()
class Base: pass
class Flat(Base, metaclass=Meta): pass
print([k.__name__ for k in Flat.__mro__], Flat.mro() if False else [k.__name__ for k in type.mro(Flat)])
class Boom(type):
    def mro(cls):
        if getattr(cls, "explode", False):
            raise RuntimeError("boom")
        return type.mro(cls)
class Base0: pass
class X(Base0, metaclass=Boom): pass
class Y(X): pass
before = Y.__mro__
X.explode = True
try:
    X.__bases__ = (Base,)
except RuntimeError as e:
    print("RuntimeError:", e, Y.__mro__ == before, [k.__name__ for k in X.__bases__])
for bases in [(1,), ()]:
    try:
        A.__bases__ = bases
    except TypeError as e:
        print("TypeError:", e)
try:
    A.__bases__ = (E,)
except TypeError as e:
    print("TypeError:", e)
for bad in [(A, C, B), (C, A)]:
    try:
        type("Z", bad, {})
    except TypeError as e:
        print("TypeError:", e)
