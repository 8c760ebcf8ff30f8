print("shapes package init")
from .square import Square
from . import circle
DEFAULT_SIDE = 1
__all__ = ["Square", "circle"]
