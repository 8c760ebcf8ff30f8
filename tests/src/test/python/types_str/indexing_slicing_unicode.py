s = 'héllo wörld ✓ 😀'
print(len(s), s[0], s[1], s[-1], s[-2], s[::-1], s[2:8], s[::3], s[100:], repr(s[5:5]))
print([ord(c) for c in s[-3:]], s.encode('utf-8'), len(s.encode('utf-8')), s.encode('utf-16-le')[:6])
print('😀'.encode('utf-8'), b'\xf0\x9f\x98\x80'.decode('utf-8') == '😀', len('😀'), '\U0001F600' == '😀')
print('a' < 'b', 'B' < 'a', 'é' > 'z', 'abc' < 'abd', 'ab' < 'abc', sorted(['b', 'A', 'a', 'é', 'Z']))
print('abc' * 3, 'ab' + 'cd', 'x' * 0, 'x' * -1, 'a' in 'abc', '' in 'abc', 'abc'.__len__())
print(str.maketrans('ab', 'xy'), 'aabbc'.translate(str.maketrans('ab', 'xy', 'c')), 'abc'.translate({97: None, 98: 'BB'}))
for c in ['A', 'ß', 'Σ', '٣', '\u00a0', '\t']:
    print(repr(c), c.isalpha(), c.isdigit(), c.isspace(), c.upper(), c.lower())
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s + 1
except TypeError as e:
    print(type(e).__name__, e)
