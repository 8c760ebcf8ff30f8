# Closures created in loops and in methods, cells shared between closures.
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def make_fixed():
    fs = []
    for i in range(3):
        def wrap(j):
            return lambda: j
        fs.append(wrap(i))
    return fs
print([f() for f in make_fixed()])
def pair():
    shared = [0]
    def get():
        return shared[0]
    def put(v):
        shared[0] = v
    return get, put
get, put = pair()
put(42)
print(get())
class Widget:
    def __init__(self, name):
        self.name = name
    def handler(self):
        return lambda evt: f'{self.name} got {evt}'
print(Widget('button').handler()('click'))
def cell_identity():
    x = 1
    def a(): return x
    def b(): return x
    return a.__closure__[0] is b.__closure__[0]
print(cell_identity())
