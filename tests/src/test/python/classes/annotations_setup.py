# Module and class bodies set up __annotations__ only when the namespace has none, and find
# annotations in nested blocks too (CPython's SETUP_ANNOTATIONS and find_ann).
class CNS:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item.lower()] = value
    def __getitem__(self, item):
        return self._dct[item]
ns = {'__annotations__': CNS()}
exec('X: int; Z: str = "Z"; (w): complex = 1j', ns)
print(ns['__annotations__']['x'], ns['__annotations__']['z'])
ns = {}
exec('if True:\n    a: int = 1\nfor i in range(1):\n    b: str\n', ns)
print(ns['__annotations__'])
class C:
    if True:
        x: int = 3
    try:
        y: str
    finally:
        pass
print(C.__annotations__)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'__annotations__': CNS()}
class CC(metaclass=M):
    XX: 'ANNOT'
print(CC.__annotations__['xx'])
