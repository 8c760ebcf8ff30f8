import sys
print(sys.version_info[:3], sys.version_info.major, sys.version_info >= (3, 10), sys.version.startswith("3.10.8"))
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxunicode, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
print(sys.implementation.name in ("cpython", "cinderj"), sys.implementation.version[:2], type(sys.implementation.cache_tag).__name__)
print(sys.getrecursionlimit(), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.stdout.encoding.lower().replace("-", ""), sys.getdefaultencoding(), sys.flags.optimize, sys.flags.verbose, sys.dont_write_bytecode in (True, False))
print(callable(sys.exit), callable(sys.getsizeof), sys.getsizeof(0) > 0, sys.exc_info() == (None, None, None))
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.intern("abc") == "abc", sys.stdin is not None, sys.stderr is not None)
