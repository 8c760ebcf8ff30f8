# Compile-time SyntaxWarnings go through the warnings module: recorded, filtered, and turned into
# SyntaxErrors at the expression by an 'error' filter.
import warnings
for src in ['assert(x, "msg")', 'x is 1', 'x is not "a"', '1 is x', 'f = lambda: (yield)', '"abc"()', '[1,2][1,2]', '(1,2)(3)']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", SyntaxWarning)
        try:
            compile(src, "<t>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e)
    print(repr(src), [str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    try:
        compile('x is 1', "<t>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e, e.lineno, e.offset)
