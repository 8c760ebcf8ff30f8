# __exit__ and except handlers see a traceback that includes the current frame; an exception
# __exit__ does not suppress keeps one entry per frame.
import traceback
import sys
try:
    1 // 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print(tb is not None, tb.tb_lineno if tb else None)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__, tb is not None, tb.tb_lineno if tb else None, v.__traceback__ is tb)
        return True
with CM():
    1 // 0
def f():
    with CM():
        {}["x"]
f()
try:
    raise ValueError("v")
except ValueError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            print("exit sees", [f.name for f in traceback.extract_tb(tb)])
        return False
def inner():
    raise KeyError("k")
def outer():
    with CM():
        with CM():
            inner()
try:
    outer()
except KeyError as e:
    print([f.name + ":" + str(f.lineno) for f in traceback.extract_tb(e.__traceback__)])
def gen():
    with CM():
        yield 1
        inner()
try:
    list(gen())
except KeyError as e:
    print([f.name + ":" + str(f.lineno) for f in traceback.extract_tb(e.__traceback__)])
def g2():
    try:
        with CM():
            inner()
    except KeyError as e:
        print([f.name + ":" + str(f.lineno) for f in traceback.extract_tb(e.__traceback__)])
        raise
try:
    g2()
except KeyError as e:
    print([f.name + ":" + str(f.lineno) for f in traceback.extract_tb(e.__traceback__)])
outer()
