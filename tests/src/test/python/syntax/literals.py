# Literal forms of numbers, strings, bytes and containers.
print(0, 7, -3, 1_000_000, 0x1F, 0o17, 0b1011, 0XFF)
print(1.5, 2., .25, 1e3, 1.5E-3, 1_0.5, 3j, 1.5j)
print('single', "double", '''triple
lines''', """also""")
print(r'raw\n', 'esc\ttab', "q\"uote", 'a' 'b' "c")
print(b'bytes', rb'\x00', b'\x41\x42')
print('\x41\u00e9\U0001F600'.encode('utf-8'))
print('\N{GREEK SMALL LETTER ALPHA}', len('\N{GREEK SMALL LETTER ALPHA}'))
print([1, 2, 3], (1,), (), {'a': 1}, {1, 2, 3}, [])
print(True, False, None, ..., Ellipsis is ...)
print(type(1), type(1.0), type(1j), type('s'), type(b'b'), type(None))
