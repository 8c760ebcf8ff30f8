# try/except/else/finally, multiple handlers, tuples of types, bare except, re-raise.
def attempt(f):
    try:
        r = f()
    except ZeroDivisionError:
        print('zero division')
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, e)
    except Exception as e:
        print('other', type(e).__name__, e)
    else:
        print('ok', r)
    finally:
        print('finally')
attempt(lambda: 1 / 0)
attempt(lambda: {}['k'])
attempt(lambda: [][1])
attempt(lambda: int('x'))
attempt(lambda: 42)
try:
    try:
        raise ValueError('inner')
    except ValueError:
        print('handling, re-raising')
        raise
except ValueError as e:
    print('outer got', e)
try:
    raise TypeError
except:
    print('bare except')
e = 'before'
try:
    raise KeyError('x')
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
