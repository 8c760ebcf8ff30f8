import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.chain([1, 2], 'ab')), list(it.chain.from_iterable([[1], [2, 3]])), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)))
print(list(it.product('ab', [1, 2])), list(it.permutations('abc', 2)), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement('ab', 2)))
print([(k, list(g)) for k, g in it.groupby('aaabccaa')], list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, 'a1b2')), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest('abc', [1], fillvalue='-')), [list(t) for t in it.tee([1, 2], 2)], list(it.pairwise('abcd')))
print(list(it.islice(range(100), 10, 20, 3)), len(list(it.product(range(3), repeat=3))))
