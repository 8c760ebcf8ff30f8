# eval, exec, compile with globals/locals.
print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}))
ns = {}
exec('a = 5\ndef f(b):\n    return a + b\n', ns)
print(ns['a'], ns['f'](10), sorted(k for k in ns if k != '__builtins__'))
code = compile('z = 7\nprint("in exec", z)', '<test>', 'exec')
exec(code)
print(z)
e = compile('3 ** 4', '<expr>', 'eval')
print(eval(e), type(e).__name__, e.co_filename)
loc = {}
exec('q = 1', None, loc)
print(loc)
try:
    eval('1 +')
except SyntaxError as se:
    print(type(se).__name__, se.msg, se.lineno)
try:
    exec('def broken(:\n    pass')
except SyntaxError as se:
    print(type(se).__name__, se.msg)
try:
    eval('undefined_thing')
except NameError as ne:
    print(type(ne).__name__, ne)
g = {'__builtins__': {}}
try:
    eval('len([])', g)
except NameError as ne:
    print(type(ne).__name__, ne)
