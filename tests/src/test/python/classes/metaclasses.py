# Metaclasses: __new__, __init__, __call__, __prepare__-free usage, class creation hooks.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['created_by'] = 'Meta'
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Child(Base):
    pass
c = Child(3)
print(type(Base).__name__, type(Child).__name__, Child.created_by, c.v, c.via_meta)
class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())
print(isinstance(Base, type), isinstance(Base, Meta), type(type), type(object))
class Registering(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registering.registry.append(name)
class R1(metaclass=Registering): pass
class R2(R1): pass
print(Registering.registry)
