# del statements on names, items, attributes and slices; NameError / UnboundLocalError.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
l = list(range(6))
del l[0]
del l[-1]
print(l)
del l[1:3]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class C:
    pass
o = C()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 2
    return y
print(f())
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
