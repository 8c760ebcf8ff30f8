# Context managers: __enter__/__exit__, exception suppression, multiple items, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM('a') as x:
    print('inside', x)
with CM('b') as b, CM('c') as c:
    print('two', b, c)
with CM('s', suppress=True):
    raise ValueError('suppressed')
print('after suppress')
try:
    with CM('n'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)
def early():
    with CM('r'):
        return 'returned'
print(early())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
