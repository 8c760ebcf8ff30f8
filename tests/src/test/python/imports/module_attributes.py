import _util
import sys
print(__name__, _util.__name__, type(_util).__name__)
print(_util.__file__.endswith("_util.py"), __file__.endswith("module_attributes.py"))
print(_util.__spec__.name, _util.__spec__.origin == _util.__file__, __spec__ is None or __spec__.name)
import os
print(os.path.realpath(sys.path[0]) == os.path.dirname(os.path.realpath(__file__)))
mod = __import__("shapes.square")
print(mod.__name__, __import__("shapes.square", fromlist=["Square"]).__name__)
import importlib
m = importlib.import_module("shapes.circle")
print(m.__name__, importlib.import_module(".square", "shapes").__name__)
_util.new_attr = "added"
import _util as again
print(again.new_attr)
print(type(sys).__name__, sys.__name__, "builtins" in sys.builtin_module_names)
