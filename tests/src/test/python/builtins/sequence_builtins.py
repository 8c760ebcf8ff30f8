print(len('abc'), len([1]), len({}), len(range(10, 0, -3)), len(b'xy'))
print(sorted([3, 1, 2]), sorted('bca'), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([3, 1], reverse=True))
print(list(reversed([1, 2, 3])), list(enumerate('ab', 10)), list(zip([1, 2, 3], 'ab')), list(zip()))
print(list(map(pow, [2, 3], [3, 2])), list(filter(str.isdigit, 'a1b2')), any([]), all([]))
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -1)), range(10)[2:5], range(0, 10, 3)[-1])
print(range(10).index(3), range(10).count(11), 5 in range(0, 10, 5), range(3) == range(0, 3), repr(range(1, 5, 2)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, 'abcdefghijk'[s], s.indices(5))
print(isinstance(3, (str, int)), isinstance(True, int), issubclass(int, object), type(3) is int)
print(chr(65), ord('A'), chr(0x1F600) == '\U0001F600', ord('é'), ascii('é'), repr('é'))
print(list(iter(range(3))), next(iter('x')), id(None) == id(None))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: ord('ab'), lambda: sorted([1, None]), lambda: zip(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
