# Exception chaining: __context__, __cause__, raise from, raise from None, __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        {}['x']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as r:
    print(repr(r.__context__), r.__cause__, r.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError('hidden context') from None
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)
def f():
    try:
        raise KeyError('a')
    finally:
        pass
try:
    f()
except KeyError as k:
    print(k.__context__)
try:
    raise ValueError('x') from 5
except TypeError as te:
    print(type(te).__name__, te)
