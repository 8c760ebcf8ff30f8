# match: sequence patterns with star, mapping patterns with **rest.
def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one {a}'
        case [a, b]:
            return f'two {a} {b}'
        case [first, *rest] if len(rest) > 3:
            return f'long starting {first}, {len(rest)} more'
        case [first, *_, last]:
            return f'first {first} last {last}'
        case _:
            return 'not a sequence'
for v in [[], [1], (1, 2), [1, 2, 3], list(range(10)), 'str', {1: 2}, range(3)]:
    print(repr(v), '->', seq(v))
def cmd(c):
    match c:
        case {'action': 'move', 'x': x, 'y': y}:
            return f'move to {x},{y}'
        case {'action': 'say', 'text': str(t), **rest}:
            return f'say {t} extra={sorted(rest)}'
        case {'action': a}:
            return f'unknown action {a}'
        case {}:
            return 'empty-ish mapping'
print(cmd({'action': 'move', 'x': 1, 'y': 2, 'z': 0}))
print(cmd({'action': 'say', 'text': 'hi', 'loud': True}))
print(cmd({'action': 'say', 'text': 5}))
print(cmd({'other': 1}))
print(cmd([1]))
match (1, [2, 3], {'k': 'v'}):
    case (a, [b, *c], {'k': d}):
        print('nested', a, b, c, d)
