b = b'hello world'
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], list(b[:3]), b.upper(), b.split(), b.replace(b'o', b'0'))
print(b.find(b'o'), b.count(b'l'), b.startswith(b'he'), b'wor' in b, 111 in b, b.hex(), bytes.fromhex('68 69'), b.decode())
print(bytes(3), bytes([65, 66]), bytes(range(3)), b'ab' + b'cd', b'x' * 3, b'a' < b'b', b'\x00\xff'.hex(':'))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100); ba.extend(b'ef'); ba += b'!'
print(ba, len(ba), bytes(ba), ba.pop(), ba.decode(), bytearray(2), ba.find(b'c'))
del ba[0:2]
print(ba, ba.upper(), type(ba.upper()).__name__)
print(b'%d-%s-%x' % (5, b'bytes', 255), b'abc'.center(7, b'*'), b' x '.strip(), b'a,b'.split(b','), b'-'.join([b'a', b'b']))
mv = memoryview(b'abcdef')
print(mv[1], bytes(mv[1:3]), len(mv), mv.tobytes(), mv.readonly)
for bad in [lambda: b'abc'[10], lambda: bytes([256]), lambda: b'a' + 'b', lambda: bytearray(b'x').__setitem__(0, 300), lambda: b'\xff'.decode('ascii')]:
    try:
        bad()
    except (IndexError, ValueError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
