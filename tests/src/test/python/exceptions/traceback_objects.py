# Traceback objects: walking, rewriting tb_next (what unittest does to hide its own frames),
# building them with types.TracebackType, and the errors for bad values.
import io
import sys
import traceback
import types
import unittest


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__

names = []
t = tb
while t is not None:
    names.append((t.tb_frame.f_code.co_name, t.tb_lineno - tb.tb_lineno))
    t = t.tb_next
print(names)

# Cut the chain after 'outer': the printed traceback stops there.
tb.tb_next.tb_next = None
print("".join(traceback.format_tb(tb)).count("File"))
print([f.name for f in traceback.extract_tb(tb)])

for bad in (1, "x"):
    try:
        tb.tb_next = bad
    except TypeError as err:
        print("TypeError:", err)
try:
    tb.tb_next = tb
except ValueError as err:
    print("ValueError:", err)
try:
    del tb.tb_next
except TypeError as err:
    print("TypeError:", err)

# A traceback built by hand, and raised with.
frame = sys._getframe()
made = types.TracebackType(None, frame, 0, 1234)
print(type(made).__name__, made.tb_next, made.tb_frame is frame, made.tb_lineno, made.tb_lasti)
try:
    raise KeyError("k").with_traceback(made)
except KeyError as e:
    print(e.__traceback__.tb_next is made)
try:
    types.TracebackType(1, frame, 0, 1)
except TypeError as err:
    print("TypeError:", err)


# unittest rewrites tb_next to hide its own frames when it reports a failure.
class T(unittest.TestCase):
    def test_fails(self):
        self.assertEqual(1 + 1, 3)

    def test_errors(self):
        outer()

    def test_passes(self):
        self.assertTrue(True)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, text in result.failures + result.errors:
    lines = text.splitlines()
    print(test.id().split(".")[-1], lines[0], lines[-1], sum("File" in l for l in lines))
