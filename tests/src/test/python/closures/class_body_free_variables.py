# Free variables of methods pass through the class body to the enclosing function's cells.
def make(m, label):
    class K:
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return m(self.obj, other.obj) < 0
        def describe(self):
            return f'{label}:{self.obj}'
    return K

K = make(lambda a, b: a - b, 'k')
print(sorted([3, 1, 2], key=K)[0] if False else [k.obj for k in sorted(map(K, [3, 1, 2]))])
print(K(5).describe(), K(1) < K(2))

def shadow():
    x = 'outer'
    class C:
        x = 'class attr'
        def get(self):
            return x
        y = x
    return C().get(), C.y, C.x

print(shadow())

def counter():
    n = 0
    class Inc:
        def bump(self):
            nonlocal n
            n += 1
            return n
    i = Inc()
    i.bump(); i.bump()
    return n

print(counter())

def nested_classes(v):
    class A:
        class B:
            def f(self):
                return v * 2
    return A.B().f()

print(nested_classes(21))
