from collections import Counter, defaultdict, OrderedDict, namedtuple, ChainMap, deque
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:6], sum(c.values()))
c2 = Counter(a=1, b=5)
print(sorted((c + c2).items()), sorted((c - c2).items()), sorted((c & c2).items()))
dd = defaultdict(list)
for k, v in [('x', 1), ('y', 2), ('x', 3)]:
    dd[k].append(v)
print(dict(dd), dd['new'], len(dd))
od = OrderedDict.fromkeys('abc')
od.move_to_end('a')
print(list(od), od.popitem(last=False))
Point = namedtuple('Point', ['x', 'y'], defaults=[0])
p = Point(1)
print(p, p.x, p.y, p._asdict(), p._replace(y=5), Point._fields, p == (1, 0), isinstance(p, tuple))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
