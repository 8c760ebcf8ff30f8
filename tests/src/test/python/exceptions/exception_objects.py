# Exception args, str/repr, attributes, with_traceback, __traceback__ presence.
e = ValueError('bad', 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError('one')), repr(KeyError('k')), str(KeyError('k')))
print(str(KeyError()), str(IndexError('i')), repr(StopIteration(5)), StopIteration(5).value)
s = SystemExit(3)
print(s.code, SystemExit().code, SystemExit(1, 2).code)
o = OSError(2, 'No such file')
print(o.errno, o.strerror, str(o), type(OSError(2, 'x')).__name__)
try:
    open('/nonexistent/dir/file.txt')
except FileNotFoundError as f:
    print(type(f).__name__, f.errno, f.strerror, f.filename)
try:
    raise ValueError('with tb')
except ValueError as ex:
    print(ex.__traceback__ is not None, ex.__traceback__.tb_lineno)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(str(u), u.start, u.end, u.reason)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as ude:
    print(ude)
e2 = Exception('a')
e2.extra = 'attached'
print(e2.extra)
print(isinstance(ArithmeticError(), Exception), BaseException('x').args)
