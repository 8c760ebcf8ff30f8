import struct

print(struct.calcsize('@bhiqd'), struct.calcsize('<bhiqd'), struct.calcsize('@ci'), struct.calcsize('@ic'), struct.calcsize('5p3x2s0i'), struct.calcsize('P'))
print(struct.pack('<hi', 1, 2), struct.pack('>d', -0.1), struct.pack('e', 1.5), struct.pack('5p', b'abcdefg'), struct.pack('3s', b'a'))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('?', b'\x05'), struct.unpack('@bxi 2h', bytes(range(12))))
print(struct.unpack('<e', b'\x00\x7c'), struct.pack('<e', float('nan')), struct.unpack('>qQ', struct.pack('>qQ', -5, 2 ** 64 - 1)))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.unpack_from('<h', b'xx\x05\x00', 2))
buf = bytearray(6)
struct.pack_into('<hi', buf, 0, 7, -1)
print(buf)
s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2), s.unpack(s.pack(1, 2)), struct.Struct(b'<h').format)
for f, a in [('h', (40000,)), ('>h', (1 << 20,)), ('B', (300,)), ('b', (200,)), ('<i', (2 ** 31,)), ('I', (-1,)), ('I', (2 ** 32,)),
             ('q', (2 ** 63,)), ('Q', (-1,)), ('c', (b'ab',)), ('h', ('x',)), ('f', ('x',)), ('e', (1e10,)), ('<f', (1e300,)),
             ('hh', (1,)), ('z', (1,)), ('3', ()), ('s', (1,)), ('h', (1.5,)), ('H', (-1,)), ('<L', (2 ** 32,))]:
    try:
        print(f, struct.pack(f, *a))
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for f, b in [('h', b'abc'), ('<i', b''), ('3s', b'ab')]:
    try:
        print(struct.unpack(f, b))
    except struct.error as e:
        print(f, e)
try:
    struct.unpack_from('i', b'ab', 1)
except struct.error as e:
    print(e)
try:
    list(struct.iter_unpack('h', b'abc'))
except struct.error as e:
    print(e)
