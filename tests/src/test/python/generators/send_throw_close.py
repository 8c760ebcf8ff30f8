# Generator send/throw/close protocol.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in generator', e)
        yield 'recovered'
    finally:
        print('finally in generator')
g = guarded()
print(next(g), g.throw(ValueError('boom')))
g.close()
g2 = guarded()
print(next(g2))
try:
    g2.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError as e:
    print(type(e).__name__, e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g3 = ignore_exit()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None)
list(gs)
print(gs.gi_frame)
