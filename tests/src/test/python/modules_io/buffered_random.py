import _io
f = _io.open('/tmp/cinderj_modules_io_test.bin', 'w+b')
f.write(b'0123456789')
print(f.tell())
f.seek(2)
print(f.read(3), f.tell())
f.write(b'XY')
print(f.tell())
f.seek(0)
print(f.read())
f.seek(-3, 2)
print(f.read(), f.tell())
ba = bytearray(4)
f.seek(1)
print(f.readinto(ba), ba, f.tell())
f.truncate(5)
f.seek(0)
print(f.read(), f.seekable(), f.readable(), f.writable())
f.close()
try:
    f.read()
except ValueError as e:
    print('VE', e)
b = _io.BytesIO()
print(b.write(b'abc'), b.seek(1), b.write(b'Z'), b.getvalue(), b.truncate(), b.getvalue(), b.tell())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
r = _io.open('/tmp/cinderj_modules_io_test.bin', 'rb')
print(r.read1(2), r.peek(1)[:1], r.read(1), r.raw, r.closed)
r.close(); print(r.closed)
try:
    _io.open('/tmp/nonexistent_cj/x', 'rb')
except FileNotFoundError as e:
    print(e)
import posix; posix.unlink('/tmp/cinderj_modules_io_test.bin')
