# match: dotted value patterns, as-patterns, enum values, nested or-patterns.
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
def check(v):
    match v:
        case Color.RED:
            return 'red'
        case Color.GREEN as g:
            return f'green {g.value}'
        case Consts.LIMIT:
            return 'at limit'
        case [1 | 2 as small, *_] as whole:
            return f'starts small {small} in {whole}'
        case (int() | float()) as num:
            return f'number {num}'
        case _:
            return 'no match'
for v in [Color.RED, Color.GREEN, 10, [2, 9], [3], 4.5, 'x']:
    print(check(v))
match 42:
    case x:
        pass
print('captured', x)
