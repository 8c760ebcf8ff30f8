# Async comprehensions (list/set/dict/generator) and the async generator protocol together.
import types
class Tick:
    def __await__(self):
        yield "tick"
        return 5
async def agen(n):
    try:
        for i in range(n):
            x = await Tick()
            got = yield i * 10 + x
            if got: print('got', got)
    finally:
        print('cleanup')
async def main():
    out = [v for v in range(3)]
    s = {v async for v in agen(3)}
    d = {v: v async for v in agen(2)}
    g = agen(5)
    a = await g.__anext__()
    b = await g.asend('hello')
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('stopped')
    g2 = agen(3)
    await g2.__anext__()
    try:
        await g2.athrow(ValueError('boom'))
    except ValueError as e:
        print('athrow', e)
    ge = (v * 2 async for v in agen(2))
    lst = []
    async for v in ge:
        lst.append(v)
    return out, sorted(s), d, a, b, lst, type(ge).__name__
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(drive(main()))
async def bad():
    yield 1
    raise StopAsyncIteration
async def m2():
    try:
        async for _ in bad(): pass
    except RuntimeError as e:
        print(type(e).__name__, e)
drive(m2())
print(repr(agen(1))[:30], agen.__name__, type(agen(1).__anext__()).__name__, type(agen(1).aclose()).__name__)
