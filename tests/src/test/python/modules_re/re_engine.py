import re

cases = [
    (r'a+b', 'match', 'aaab'),
    (r'(\w+)@(?P<host>\w+)\.com', 'search', 'mail: bob@example.com!'),
    (r'(a|b)*?c', 'match', 'ababc'),
    (r'(?:ab)+', 'fullmatch', 'ababab'),
    (r'(?<=a)b', 'search', 'ab'),
    (r'(?<!a)b', 'search', 'ab'),
    (r'(?=ab)a', 'match', 'ab'),
    (r'(?!ab)a', 'match', 'ab'),
    (r'(a)\1', 'match', 'aa'),
    (r'(?i)[a-z]+', 'match', 'HeLLo'),
    (r'(a)?(?(1)b|c)', 'match', 'c'),
    (r'(x)(?:y(z))*', 'match', 'xyzyz'),
    (r'((a)|b)+', 'match', 'ab'),
    (r'(a*)+b', 'match', 'aaab'),
    (r'(?:a|ab)(?:c|bcd)(d*)', 'match', 'abcd'),
    (r'(?i)[k]', 'match', '\u212a'),
    (r'\Aab\Z', 'match', 'ab\n'),
    (r'ab$', 'search', 'ab\n'),
    (r'(?:x+x+)+y', 'match', 'xxxxxxxxxxxxxxxx'),
    ('[\u0400-\u04ff]+', 'search', 'hi \u041f\u0440\u0438\u0432\u0435\u0442'),
]
for pat, how, s in cases:
    m = getattr(re.compile(pat), how)(s)
    print(pat, m, m and m.groups(), m and m.lastindex)

print(re.sub('x*', '-', 'abxd'))
print(re.split(r'\b', 'a b'), re.split(r'\s+', ' a  b c '), re.split(',', 'a,b,c', 1))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'a{2,3}?', 'aaaaaaa'), re.findall(r'(?m)^\d+$', '12\nab\n345'))
print(re.sub(r'(\d+)-(\d+)', r'\2-\1', '10-20 30-40'), re.subn('a|b', '_', 'abcab'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', lambda m: m.group('last').upper(), 'john smith and jane doe'))
print([m.span() for m in re.finditer('', 'abc')], [m.lastindex for m in re.finditer(r'(\d)(\d)?', '1 23')])
m = re.match(r'(?P<a>a)(?P<b>b)?', 'ac')
print(m.regs, m.groupdict(), m.groupdict('-'), m.lastgroup, m.span('b'), m.start(1), m.end(), m[0], m.group(0, 'a'))
print(m.expand(r'<\g<a>>'), repr(m), m.pos, m.endpos, m.string, m.re.pattern)
p = re.compile(r'x')
print(p.search('axbx', 2), p.search('axbx', 0, 1), p.match('axbx', 1), re.compile('^x').search('axbx', 1))
print(re.compile(r'(?i)ab', re.M), re.compile(b'ab', re.I), re.compile(r'\d').groups, re.compile('(?P<n>x)').groupindex)
print(re.match(r'a.*b', 'a' + 'y' * 100000 + 'b').span(), re.match(r'(a|b)*c', 'ab' * 50000 + 'c').span())
print(re.match(rb'(\d+)', b'123abc').group(1), re.findall(rb'[a-z]', b'a1b2'))
print(re.escape('a.b*c'), re.fullmatch(r'\w+', 'h\xe9llo_1'), re.search(r'\W', 'h\xe9llo', re.A))
try:
    re.compile('(')
except re.error as e:
    print('error:', e)
