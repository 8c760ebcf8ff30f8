import operator, types
print(operator.add(2, 3), operator.mul('a', 3), operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)([7, 8, 9]))
print(operator.attrgetter('real')(3 + 4j), operator.methodcaller('upper')('x'), operator.neg(5), operator.truth([]))
records = [('bob', 30), ('ann', 25), ('cid', 30)]
print(sorted(records, key=operator.itemgetter(1, 0)))
ns = types.SimpleNamespace(a=1, b='two')
ns.c = 3
print(ns, ns.a, vars(ns))
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), type(types) is types.ModuleType)
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType), types.MappingProxyType({'k': 1})['k'])
try:
    types.MappingProxyType({})['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
