# __getattr__, __getattribute__, __setattr__, __delattr__, getattr/setattr/hasattr builtins.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self.target, name, value)
class T:
    x = 1
p = Proxy(T())
print(p.x)
p.y = 5
print(p.y, p.target.y, p.log)
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class Counted:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != 'hits':
            object.__setattr__(self, 'hits', object.__getattribute__(self, 'hits') + 1)
        return object.__getattribute__(self, name)
    def f(self):
        return 'f'
c = Counted()
c.f(); c.f()
print(c.hits)
class NoDel:
    def __delattr__(self, name):
        raise AttributeError('cannot delete ' + name)
n = NoDel()
n.a = 1
try:
    del n.a
except AttributeError as e:
    print(e)
o = T()
setattr(o, 'dyn', 3)
print(getattr(o, 'dyn'), getattr(o, 'zz', 'default'), hasattr(o, 'x'), hasattr(o, 'zz'))
delattr(o, 'dyn')
print(hasattr(o, 'dyn'))
try:
    getattr(o, 'zz')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
