# runpy, as `python -m` and `python dir` use it: the loader's get_code, module and path runs.
import os
import runpy
import sys
import traceback

target = runpy.run_module("_runpy_target", run_name="__main__", alter_sys=True)
print(target["RESULT"], target["__name__"], sorted(k for k in target if not k.startswith("__")))

loader = __import__("importlib").util.find_spec("_runpy_target").loader
code = loader.get_code("_runpy_target")
print(type(code).__name__, code.co_filename.endswith("_runpy_target.py"), code.co_name)

here = os.path.dirname(os.path.abspath(__file__))
g = runpy.run_path(os.path.join(here, "_runpy_dir"), run_name="__main__")
print(g["VALUE"], g["__name__"])
print(type(sys.path_hooks[-1](here)).__name__)
try:
    sys.path_hooks[-1](__file__)
except ImportError as e:
    print("ImportError", e)

try:
    target["fail"]()
except ZeroDivisionError:
    print([frame.name for frame in traceback.extract_tb(sys.exc_info()[2])])
