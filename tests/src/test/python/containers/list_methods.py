l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); print(l)
l.extend([3, 5]); print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'penultimate'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l, l.count(5), l.index(5), l.index(5, 5))
l.reverse(); print(l)
l = [v for v in l if isinstance(v, int)]
l.sort(); print(l)
l.sort(key=lambda v: -v); print(l)
c = l.copy(); c.clear(); print(c, len(l))
words = ['banana', 'Apple', 'cherry']
words.sort(key=str.lower, reverse=True); print(words)
stable = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
stable.sort(key=lambda t: t[0]); print(stable)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(0), lambda: [1, 'a'].sort(), lambda: [].pop(3), lambda: [1].insert()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
