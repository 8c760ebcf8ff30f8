s = 'Hello, World'
print(s.upper(), s.lower(), s.swapcase(), s.title(), 'hello world'.capitalize(), 'ß'.upper(), 'ǅ'.lower(), 'İ'.lower().encode())
print(s.find('o'), s.rfind('o'), s.find('z'), s.index('W'), s.rindex('l'), s.count('l'), s.count(''), s.find('o', 5), s.find('o', 5, 7))
print(s.startswith('Hell'), s.endswith(('x', 'ld')), s.startswith('World', 7), 'World' in s, 'world' in s)
print('abc'.isalpha(), 'ab1'.isalnum(), '123'.isdigit(), '12.3'.isdecimal(), '  '.isspace(), 'Title Case'.istitle(), 'UP'.isupper(), 'low'.islower(), 'x_1'.isidentifier(), '²'.isdigit(), '²'.isdecimal(), '½'.isnumeric())
print('casefold: ' + 'Straße'.casefold(), 'abc'.replace('b', 'B'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
print('hello'.center(11, '*'), 'hi'.ljust(5, '.'), 'hi'.rjust(5), '42'.zfill(5), '-42'.zfill(5), 'a\tb'.expandtabs(4))
print('x'.join(['a', 'b', 'c']), ''.join([]), ','.join('abc'), 'prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'))
for bad in [lambda: 'abc'.index('z'), lambda: ','.join([1, 2]), lambda: 'a'.center(), lambda: 'x'.replace(1, 2), lambda: 'abc'.startswith(['a'])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
