# yield from: delegation, return values, send passthrough.
def inner():
    x = yield 'inner-1'
    print('inner got', x)
    yield 'inner-2'
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield from range(2)
    yield from 'ab'
g = outer()
print(next(g))
print(g.send('sent'))
print(list(g))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], [[5]]], 6])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: 'x'})))
def catcher():
    try:
        yield 1
    except ValueError:
        yield 'inner caught'
def delegate():
    yield from catcher()
d = delegate()
next(d)
print(d.throw(ValueError))
