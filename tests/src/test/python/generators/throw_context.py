# throw() into a generator suspended inside an except block: the exception it is handling becomes
# the thrown exception's context; the caller's handled exception does not.
def f():
    try:
        raise KeyError('a')
    except Exception:
        try:
            yield
        except Exception as exc:
            print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.args)
            yield 'b'
gen = f()
gen.send(None)
print(gen.throw(ValueError))
def g():
    try:
        yield
    except Exception as exc:
        print(type(exc).__name__, repr(exc.__context__))
        yield 'c'
gen = g()
next(gen)
try:
    raise IndexError("outer")
except IndexError:
    print(gen.throw(TypeError))
gen = g()
next(gen)
print(gen.throw(TypeError))
