# Subclassing list, dict, and overriding methods.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict()
print(d['abc'], d['x'], sorted(d.items()))
class LoudDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
ld = LoudDict()
ld['a'] = 1
print(ld)
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
print(repr(MyInt(7)), MyInt(7) + 1, type(MyInt(7) + 1).__name__)
class E(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise E(5)
except E as e:
    print(e, e.code, e.args)
