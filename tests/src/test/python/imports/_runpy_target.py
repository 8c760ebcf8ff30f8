import sys
print("running", __name__, "argv0 is file:", sys.argv[0].endswith("_runpy_target.py"))
RESULT = sum(range(10))


def fail():
    return 1 / 0
