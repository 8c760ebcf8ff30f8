from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, Flag, auto
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)
a = Item(2.5, 'pen')
b = Item(1.0, 'clip', ['small'])
print(a, b < a, sorted([a, b])[0].name, asdict(b), replace(a, price=3.0), a == Item(2.5, 'other'))
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Pt(1, 0)), Pt.__dataclass_fields__.keys())
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.RED.name, Color.RED.value, list(Color), len(Color))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.TWO + 1, Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(Perm.R | Perm.W, (Perm.R | Perm.W) & Perm.W, Perm.X in (Perm.R | Perm.X), Perm.R.value, Perm.X.value)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
