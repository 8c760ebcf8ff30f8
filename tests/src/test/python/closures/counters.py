# Closures capturing variables by reference, nonlocal counters, independent cells.
def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
a = counter()
b = counter(100)
print(a(), a(), a(5), b(), a())
print(a.__closure__[0].cell_contents, a.__code__.co_freevars)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
bound, late = make_adders()
print([f(10) for f in bound], [f(10) for f in late])
def outer():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show
print(outer()())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = accumulate()
add(1); add(2)
print(items)
