# Class body execution, class namespace scoping, name mangling.
log = []
class C:
    log.append('body runs')
    x = 1
    y = x + 1
    items = [i * 2 for i in range(3)]
    try:
        hidden = [x * i for i in range(3)]
    except NameError as e:
        hidden = 'NameError: ' + str(e)
    outer_first = [i * 10 for i in [x, y]]
    def method(self):
        return self.__private
    __private = 'mangled'
    def _C__other(self):
        return 'manual mangle'
print(C.hidden, C.outer_first)
print(log, C.y, C.items, C().method(), C._C__private, C().__other() if False else C()._C__other())
try:
    C.__private
except AttributeError as e:
    print(type(e).__name__, e)
class Outer:
    value = 'outer'
    class Inner:
        value = 'inner'
        def get(self):
            return self.value
print(Outer.Inner().get(), Outer.Inner.__qualname__)
def make_class(n):
    class Local:
        count = n
    return Local
print(make_class(3).count, make_class(4).__qualname__)
Dyn = type('Dyn', (object,), {'a': 1, 'hello': lambda self: 'hi'})
print(Dyn.a, Dyn().hello(), Dyn.__name__, type(Dyn))
