# Async generators and async for, driven manually.
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
def drive(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
print(drive(consume()))
async def comp():
    return [v async for v in agen(4) if v > 0]
print(drive(comp()))
g = agen(1)
print(type(g).__name__, hasattr(g, "__anext__"), hasattr(g, "asend"))
