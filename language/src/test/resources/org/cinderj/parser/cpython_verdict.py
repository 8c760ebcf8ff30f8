# Compiles every .py file under a directory with this interpreter and reports which fail.
# Output: one "FAIL\t<relative path>\t<exception>: <message>\t<lineno>" line per rejected file,
# then "COUNT\t<files>" and "TIME\t<seconds spent in compile()>".
import os
import sys
import time
import warnings

warnings.simplefilter("ignore")
root = sys.argv[1]
files = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    for f in sorted(filenames):
        if f.endswith(".py"):
            files.append(os.path.join(dirpath, f))
total = 0.0
for path in files:
    with open(path, "rb") as fp:
        data = fp.read()
    rel = os.path.relpath(path, root)
    t0 = time.perf_counter()
    try:
        compile(data, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        line = getattr(e, "lineno", 0)
        msg = getattr(e, "msg", str(e))
        print("FAIL\t%s\t%s: %s\t%s" % (rel, type(e).__name__, str(msg).replace("\n", " ").replace("\t", " "), line))
    total += time.perf_counter() - t0
print("COUNT\t%d" % len(files))
print("TIME\t%.3f" % total)
