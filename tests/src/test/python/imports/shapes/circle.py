import math
from . import square as _square_mod

def area(r):
    return math.pi * r * r

def relative_name():
    return __name__, __package__, _square_mod.__name__
