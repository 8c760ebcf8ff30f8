# Pickling builtin iterators: __reduce__ and __setstate__ of the sequence iterators, dict and
# set iterators as their remaining items, and builtin functions/methods pickled by name.
import pickle, copy
def show(it):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:])
for make in (lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: reversed([1, 2, 3]), lambda: iter("ab😀c"),
             lambda: reversed((1, 2, 3)), lambda: reversed("xyz")):
    it = make()
    show(it)
    next(it)
    show(it)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it2 = pickle.loads(pickle.dumps(it, proto))
        assert type(it2) is type(it) and list(it2) == list(copy.copy(it)), proto
    print(list(it))
    show(it)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
it = iter(Seq())
next(it)
print(type(it).__name__, it.__reduce__()[0].__name__, it.__reduce__()[2], list(it), it.__reduce__()[1])
it = iter([1, 2, 3, 4])
it.__setstate__(10); print(list(it))
it = iter([1, 2, 3, 4]); it.__setstate__(-5); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(7); print(list(it))
it = iter("héllo"); it.__setstate__(2); print(list(it))
try:
    iter([]).__setstate__("x")
except TypeError as e:
    print("TypeError:", e)
try:
    pickle.dumps(iter({1: 2}))
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2, "c": 3}
it = iter(d.items())
next(it)
print(pickle.loads(pickle.dumps(it)).__class__.__name__, list(pickle.loads(pickle.dumps(it))), list(it))
s = iter({5})
print(list(pickle.loads(pickle.dumps(s))))
import math
print(type(pickle.loads(pickle.dumps([].append))).__name__, pickle.loads(pickle.dumps(math.sqrt)) is math.sqrt,
      pickle.loads(pickle.dumps(list.append)), [].append.__reduce__(), math.sqrt.__reduce__(), iter.__reduce__())
