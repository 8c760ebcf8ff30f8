# async with, exceptions crossing await, and awaiting non-awaitables.
class Resource:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, et, ev, tb):
        print("release", et.__name__ if et else None)
        return et is KeyError
async def work(fail):
    async with Resource() as r:
        print("using", type(r).__name__)
        if fail == 1:
            raise KeyError("suppressed by __aexit__")
        if fail == 2:
            raise ValueError("propagates")
    return "finished"
def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
for f in range(3):
    try:
        print(drive(work(f)))
    except ValueError as e:
        print("caught", e)
async def bad_await():
    await 5
try:
    drive(bad_await())
except TypeError as e:
    print(type(e).__name__, e)
async def raiser():
    raise RuntimeError("inside coroutine")
async def outer():
    try:
        await raiser()
    except RuntimeError as e:
        return "outer caught " + str(e)
print(drive(outer()))
