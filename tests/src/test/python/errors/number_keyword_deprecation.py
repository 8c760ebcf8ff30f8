# A number directly followed by a keyword ('1if x'): CPython 3.10's DeprecationWarning through the
# warnings module, a SyntaxError at the end of the number when it is turned into an error.
import warnings
for src in ['1if x else y', 'x = 0x1for', '[0b1for x in ()]', 'y = 1.5else 2', '1jand x', '0o7in x', '9not in x', '1e3is x', '[0x1ffor x in ()]', '1spam', '0xfand x']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            print('SE', e)
    print(repr(src), [(str(x.message), x.category.__name__, x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            print('  err', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
