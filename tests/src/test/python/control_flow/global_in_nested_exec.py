# A global declaration in any function makes module-level code use the globals for that name,
# as CPython's symbol table does; visible when exec gets separate globals and locals.
local_ns = {}
global_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(sorted(k for k in local_ns if k != '__builtins__'), sorted(global_ns))
print(global_ns["result2"], global_ns["result9"])
g2, l2 = {}, {}
exec("x = 1\nz = 2\ndef f():\n    global x\n    return x\nr = f()", g2, l2)
print(sorted(k for k in g2 if k != "__builtins__"), sorted(l2), l2["r"])
class C:
    def m(self):
        global q
        q = 5
C().m()
print(q)
