# Truthiness of values and boolean operators returning operands.
values = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, 0j, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), 'T' if v else 'F')
class Truthy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 3
print(bool(Truthy()), bool(Sized()), bool(object()))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, [] or {} or 'last')
class Bad:
    def __bool__(self):
        return 'yes'
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
