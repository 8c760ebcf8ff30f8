# hex() of bytes, bytearray and memoryview with a separator: CPython checks the separator's
# length first (len()'s TypeError for unsized objects), then that it is a str or exact bytes.
print(b"abc".hex(), b"abc".hex(":"), b"abcd".hex(b"-", 2), b"abcdef".hex(" ", -2))
print(bytearray(b"xyz").hex("_"), memoryview(b"xyz").hex(b"."))
for sep in (12, "ab", [1], b"", None, bytearray(b"/"), memoryview(b"/"), "\u00e9", b"\xe9", "\U0001f600"):
    for obj in (b"ab", bytearray(b"ab"), memoryview(b"ab")):
        try:
            print(type(obj).__name__, obj.hex(sep))
        except (TypeError, ValueError) as e:
            print(type(obj).__name__, type(e).__name__, e)
