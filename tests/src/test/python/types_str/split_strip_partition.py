print('a,b,,c'.split(','), '  a  b  '.split(), 'a b c'.split(' ', 1), 'a,b,c'.rsplit(',', 1), ''.split(), ''.split(','))
print('line1\nline2\r\nline3\n'.splitlines(), 'x\ny\n'.splitlines(True), 'one'.split('one'))
print(repr('  pad  '.strip()), repr('xxhixx'.strip('x')), repr('  l'.lstrip()), repr('r  '.rstrip()), repr('abcba'.strip('ab')))
print('key=value=x'.partition('='), 'no-sep'.partition('='), 'a.b.c'.rpartition('.'), 'abc'.rpartition('z'))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), sorted(set(words)), max(words, key=len), ' '.join(reversed(words)))
csv = 'name,age\nann,30\nbob,25'
rows = [line.split(',') for line in csv.splitlines()]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
