import re
print(re.findall(r'\d+', 'a1b22c333'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@host you@there'), re.split(r'[,;]\s*', 'a, b;c'))
m = re.match(r'(?P<key>\w+)=(?P<val>\d+)', 'size=42 rest')
print(m.group(0), m.group('key'), m.group(2), m.groups(), m.groupdict(), m.span(), m.start('val'))
print(re.search(r'o', 'hello world').start(), re.fullmatch(r'\d{3}', '123') is not None, re.fullmatch(r'\d{3}', '1234'))
pat = re.compile(r'^(\w+)\s+(\w+)$', re.MULTILINE)
print(pat.findall('ab cd\nef gh\nbad line here'), [m.group(1) for m in pat.finditer('x y\nz w')])
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b4'), re.subn('a', 'b', 'aaa'), re.escape('a.b*c'))
print(re.findall(r'(?i)hello', 'Hello HELLO hi'), re.match(r'a.c', 'a\nc'), re.match(r'a.c', 'a\nc', re.DOTALL).group())
print(re.findall(r'\b\w', 'the quick fox'), re.findall(r'(a)(b)?', 'ab a'), re.sub(r'(?<=a)b', 'X', 'abab cb'))
try:
    re.compile('(unclosed')
except re.error as e:
    print(type(e).__name__, e)
