# finally blocks: run on exceptions, on return, exceptions replaced in finally.
def f():
    log = []
    try:
        try:
            log.append('try')
            raise ValueError('v')
        finally:
            log.append('finally-1')
    except ValueError:
        log.append('except')
    finally:
        log.append('finally-2')
    return log
print(f())
def replaced():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('replacement')
try:
    replaced()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def counter():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                break
        finally:
            n += 1
    return n
print(counter())
def in_generator():
    try:
        yield 1
        yield 2
    finally:
        print('generator cleanup')
g = in_generator()
print(next(g))
g.close()
print('closed')
