import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits > 0)
@functools.total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return 'V' + '.'.join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9)]
print(sorted(vs), Version(1, 2) >= Version(1, 1), Version(2) <= Version(1, 5))
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.partial(pow, 2)(8))
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.singledispatch
def show(x): return 'object'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([1]), show('s'), show(True))
class C:
    @functools.cached_property
    def expensive(self):
        print('computing once')
        return 99
c = C()
print(c.expensive, c.expensive)
