# Writes each snippet (a Python string literal per line of argv[1]) to argv[2]/vNNN.py.
import os
import sys

os.makedirs(sys.argv[2], exist_ok=True)
with open(sys.argv[1], encoding="utf-8") as f:
    lines = [l for l in f if l.strip() and not l.startswith("#")]
for i, line in enumerate(lines):
    with open(os.path.join(sys.argv[2], "v%03d.py" % i), "w", encoding="utf-8", newline="") as out:
        out.write(eval(line))
