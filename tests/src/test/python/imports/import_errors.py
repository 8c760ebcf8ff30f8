try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _util import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.path is not None)
try:
    import shapes.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _raises
except ValueError as e:
    print("import raised", type(e).__name__, e)
import sys
print("_raises" in sys.modules)
try:
    from lazy_pkg import dynamic, other
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import lazy_pkg
print(lazy_pkg.dynamic)
