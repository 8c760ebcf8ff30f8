import io
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.bin')
with open(path, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(b'hello\nworld\n'), f.tell())
with open(path, 'rb') as f:
    print(f.readline(), f.read(3), f.tell(), f.read(), f.read())
    f.seek(0)
    print(list(f))
with open(path, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(5), f.readall())
with open(path, 'r+b') as f:
    f.seek(2)
    f.write(b'XY')
    f.seek(0)
    print(f.read())
with io.FileIO(path, 'r') as f:
    print(f.mode, f.readable(), f.writable(), f.read(4))
with open(path, 'ab') as f:
    f.write(b'!')
with open(path, 'rb') as f:
    print(f.read())
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.tell(), b.getvalue())
b.seek(0, 2)
b.write(b'!!')
print(b.getvalue(), b.seek(10), b.write(b'z'), b.getvalue())
t = io.TextIOWrapper(io.BytesIO('x\nyé\n'.encode('utf-8')), encoding='utf-8')
print(t.readline(), t.read())
w = io.BytesIO()
t = io.TextIOWrapper(w, encoding='utf-8')
t.write('héllo')
t.flush()
print(w.getvalue())
with open(os.path.join(d, 't.txt'), 'w') as f:
    f.write('text\n')
with open(os.path.join(d, 't.txt')) as f:
    print(type(f.buffer).__name__, f.read())
print(len(os.urandom(16)), type(os.urandom(1)).__name__)
print(type(next(iter(os.environb))).__name__, 'PATH' in os.environ)
os.remove(path)
os.remove(os.path.join(d, 't.txt'))
os.rmdir(d)
