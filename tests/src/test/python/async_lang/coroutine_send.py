# Coroutines driven by hand with send(): no event loop.
import types
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return received
async def add_later(a, b):
    x = await Suspend(("need", a))
    y = await Suspend(("need", b))
    return x + y
def run(coro, answers):
    try:
        request = coro.send(None)
        while True:
            print("coroutine asked", request)
            request = coro.send(answers[request[1]])
    except StopIteration as e:
        return e.value
print(run(add_later("p", "q"), {"p": 10, "q": 32}))
c = add_later(1, 2)
print(type(c).__name__, c.cr_running, c.__name__, c.__qualname__)
c.close()
async def plain():
    return "plain result"
try:
    plain().send(None)
except StopIteration as e:
    print("returned", e.value)
