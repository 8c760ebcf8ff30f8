# The location and extent (end_lineno, end_offset) of the errors found after parsing: scopes,
# placement of return/break/await/async, __future__, argument rules.
srcs = ["return 1", "break", "continue", "x = 1\nnonlocal x", "def f():\n    global x\n    x = 1\n    nonlocal x", "await foo()", "yield x + 1",
        "async for x in y: pass", "async with a as b: pass", "def f(a, a): pass", "def f():\n    x = 1\n    global x", "class C:\n    return 5",
        "lambda: (yield 1)", "[x async for x in y]", "f(**x, *y)", "def f():\n    from os import *", "nonlocal x", "def g():\n    def f():\n        nonlocal zz\n",
        "x = [i for i in range(3) if (j := i) for j in range(2)]", "[(i := 0) for i in range(3)]", "from __future__ import braces", "x = 1\nfrom __future__ import division",
        "for x in range(3):\n    pass\nelse:\n    continue", "assert (1, 2)", "while True:\n    def f():\n        break"]
import warnings
for s in srcs:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(s, "<s>", "exec")
        print("OK", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ['x=1\nfrom __future__ import division', 'from __future__ import nope', 'f(a=1, *y, **z, *w)', 'def f(a, a: int): pass', 'lambda a, a: 1',
          'def f():\n    async with x: pass', 'async def f():\n    def g():\n        async for x in y: pass', 'def f():\n    [x async for x in y]']:
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    exec("from __future__ import braces")
except SyntaxError as e:
    import traceback
    print("".join(traceback.format_exception_only(type(e), e)))
