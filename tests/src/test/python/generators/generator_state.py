# inspect.getgeneratorstate/getcoroutinestate: created, suspended (f_lasti no longer -1), closed.
import inspect
def a():
    yield 1
def b():
    yield from a()
    yield 2
g = b()
print(inspect.getgeneratorstate(g), g.gi_yieldfrom)
g.send(None)
print(inspect.getgeneratorstate(g), g.gi_yieldfrom.gi_code.co_name)
g.send(None)
print(inspect.getgeneratorstate(g), g.gi_yieldfrom)
list(g)
print(inspect.getgeneratorstate(g), g.gi_frame)
async def c():
    pass
co = c()
print(inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))
