# Nested data structures, copying, and equality.
import copy
data = {'users': [{'name': 'ann', 'tags': ['a', 'b']}, {'name': 'bo', 'tags': []}], 'count': 2}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data['users'][0]['tags'].append('c')
print(shallow['users'][0]['tags'], deep['users'][0]['tags'])
print(deep == data, shallow == data, shallow is data, shallow['users'] is data['users'])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[::-1] for row in grid], list(map(list, zip(*grid))))
tree = ('root', [('a', []), ('b', [('c', [])])])
def count(t):
    return 1 + sum(count(ch) for ch in t[1])
print(count(tree))
print(sorted([{'k': 2}, {'k': 1}], key=lambda d: d['k']))
print(sum([[1, 2], [3]], []), [x for sub in [[1, 2], [3]] for x in sub])
