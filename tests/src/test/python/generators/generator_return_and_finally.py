# Generators with try/finally, return inside loops, and StopIteration inside generators (PEP 479).
def g():
    try:
        for i in range(3):
            if i == 2:
                return 'early'
            yield i
    finally:
        print('cleanup')
print(list(g()))
def leaky():
    yield 1
    raise StopIteration('oops')
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def nxt():
    it = iter([])
    yield next(it)
try:
    print(list(nxt()))
except RuntimeError as e:
    print(type(e).__name__, e)
def genexit_seen():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
x = genexit_seen()
next(x)
x.close()
print('ok')
