"""A helper module for the imports tests."""
print("_util imported")
VALUE = 42
_private = "hidden"
__all__ = ["VALUE", "double"]

def double(x):
    return x * 2

def helper_only():
    return "not in __all__"
