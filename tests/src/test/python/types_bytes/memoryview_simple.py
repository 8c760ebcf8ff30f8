# memoryview over bytes and bytearray: indexing, slicing, writes, casts, errors, release.
mv = memoryview(b'abcdef')
print(mv[1], bytes(mv[1:3]), len(mv), mv.tobytes(), mv.readonly, mv.format, mv.itemsize, mv.nbytes, mv.shape, mv.strides, mv.ndim)
print(mv[::2].tobytes(), mv[::-1].tobytes(), mv[-1], list(mv[:3]), mv.tolist()[:2], mv.hex(), mv == b'abcdef', mv[1:] == b'abc')
ba = bytearray(b'hello world')
m2 = memoryview(ba)
m2[0] = 72
m2[6:11] = b'WORLD'
print(ba, m2.readonly, bytes(m2[0:5]), m2.obj is ba)
a = memoryview(bytes(range(16))).cast('I')
print(a.itemsize, len(a), a.tolist(), a.format, a.nbytes)
h = memoryview(b'\x01\x00\xff\xff').cast('h')
print(h.tolist(), memoryview(b'\x01\x00\x00\x00\x00\x00\xf0\x3f').cast('d').tolist() if False else h[1])
for bad in [lambda: mv.__setitem__(0, 1), lambda: mv[10], lambda: memoryview('str'), lambda: memoryview(b'abc').cast('I'),
            lambda: m2.__setitem__(0, 300), lambda: m2.__setitem__(slice(0, 2), b'x'), lambda: mv['a']]:
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
with memoryview(b'xy') as m3:
    print(m3.tobytes())
try:
    len(m3)
except ValueError as e:
    print(e)
print(hash(memoryview(b'ab')) == hash(b'ab'), b''.join([memoryview(b'a'), b'b']), bytearray(memoryview(b'zz')))
