# finally with return/break/continue; order of execution.
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def h():
    for i in range(3):
        try:
            return i
        finally:
            print('cleanup', i)
print(h())
def swallow():
    try:
        raise ValueError('x')
    finally:
        return 'swallowed'
print(swallow())
def nested():
    try:
        try:
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('outer finally')
nested()
