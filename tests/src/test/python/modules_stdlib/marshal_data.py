# marshal of data values (versions 0-4): CPython's byte format, back-references for shared and
# recursive containers, errors for unmarshallable values and bad data.
import marshal
vals = [None, True, False, StopIteration, ..., 0, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**100, -(3**200), 1.5, -0.0, float("inf"), 1e308,
        2j, complex(1.5, -2), 0.1, 1/3, 1e-300, "", "abc", "é€😀", "\udc80x", "a" * 300, b"", b"\x00\xff", (), (1, "a"), tuple(range(300)), [1, [2, [3]]],
        {"k": 1, 2: (3,)}, set(), {1, 2}, frozenset({3}), frozenset()]
for v in vals:
    for version in range(5):
        b = marshal.dumps(v, version)
        back = marshal.loads(b)
        assert back == v or (v != v), (v, version)
        assert type(back) is type(v), (v, version)
print("round trips ok")
for v in [None, True, 1, -1, 2**31, -(2**40), 1.5, 0.1, 1/3, 2j, complex(0.25, -1e20), b"xy", (1, 2), [1], {1: 2}, frozenset({1})]:
    print(repr(v), marshal.dumps(v, 2).hex(), marshal.dumps(v, 1).hex())
s = "shared"
t = (s, s)
back = marshal.loads(marshal.dumps(t))
print(back, back[0] is back[1])
l = [1]
l.append(l)
back = marshal.loads(marshal.dumps(l))
print(back[1] is back)
for bad in [object(), lambda: 0, type("S", (str,), {})("sub")]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError:", e)
for data in [b"", b"i\x01", b"\x99", b"(\x02\x00\x00\x00N"]:
    try:
        marshal.loads(data)
    except (EOFError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(marshal.loads(bytes.fromhex("e9010000007a")), marshal.version)
import io
f = io.BytesIO()
marshal.dump({"x": [1, 2]}, f)
f.seek(0)
print(marshal.load(f))
