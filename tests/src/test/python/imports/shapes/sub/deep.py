from ..square import Square
from .. import DEFAULT_SIDE

def make():
    return Square(DEFAULT_SIDE + 2)
