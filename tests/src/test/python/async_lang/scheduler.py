# A tiny round-robin scheduler for coroutines (no asyncio).
from collections import deque
class Yield:
    def __await__(self):
        yield
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return name.upper()
def run_all(coros):
    ready = deque(coros)
    results = {}
    while ready:
        c = ready.popleft()
        try:
            c.send(None)
            ready.append(c)
        except StopIteration as e:
            results[c.__qualname__ + str(len(results))] = e.value
    return results
log = []
res = run_all([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)])
print(log)
print(sorted(res.values()))
