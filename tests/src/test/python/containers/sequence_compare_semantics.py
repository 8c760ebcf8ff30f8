# CPython's sequence semantics around comparison: identity before equality (a NaN is found in
# its own list), sizes re-read while comparing lists whose __eq__ mutates them, exact list/tuple
# fast paths only (a tuple subclass with its own __iter__ is iterated), deep reprs.
import sys

nan = float("nan")
values = [nan, 1, None, "abc"]
print(all(v in values for v in values), values.count(nan), values.index(nan), (nan,) == (nan,), [nan] == [nan])


class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list1 = [X(), 1]
list2 = [Y(), 2]
print(list1 != list2, len(list1), len(list2))


class LyingTuple(tuple):
    def __iter__(self):
        yield 1


class LyingList(list):
    def __iter__(self):
        yield 1


print(list(LyingTuple((2,))), list(LyingList([2])), [0] + list(LyingTuple((5, 6))))
x = []
x.extend(LyingTuple((7,)))
print(x)

a = []
for i in range(sys.getrecursionlimit() * 2):
    a = [a]
try:
    repr(a)
except RecursionError as e:
    print("RecursionError:", e)
print(tuple.__itemsize__, int.__itemsize__, bytes.__itemsize__, list.__itemsize__, type.__itemsize__, LyingTuple.__itemsize__)
lst = [0]
for bad in (lambda: lst * ((2 ** 63 - 1) // 2), ):
    try:
        bad()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)

x = []
x.append(x)
y = []
y.append(y)
for op in (lambda a, b: a < b, lambda a, b: a == b, lambda a, b: a >= b):
    try:
        op(y, x)
    except RecursionError as e:
        print("RecursionError:", e)
