import io, contextlib
s = io.StringIO('line1\nline2\nline3\n')
print(s.readline(), s.read(), s.tell(), s.seek(0), s.readlines())
out = io.StringIO()
out.write('hello ')
print('world', file=out)
print(repr(out.getvalue()))
b = io.BytesIO()
b.write(b'\x00\x01abc')
print(b.getvalue(), b.tell(), b.seek(2), b.read())
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('div') as t:
    print('inside', t)
with contextlib.suppress(KeyError):
    {}['missing']
print('suppressed')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('redirected')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ['a', 'b']:
        stack.enter_context(tag(n))
    print('body of exit stack')
