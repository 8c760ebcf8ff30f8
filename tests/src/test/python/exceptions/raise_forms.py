# raise with class, instance, re-raise outside handler, raising non-exceptions.
def g(kind):
    if kind == 0:
        raise ValueError
    if kind == 1:
        raise ValueError('msg')
    if kind == 2:
        raise 5
    if kind == 3:
        raise
    if kind == 4:
        raise object
for k in range(5):
    try:
        g(k)
    except Exception as e:
        print(k, type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError('first')
    except KeyError as e:
        err = e
    raise err
except KeyError as e2:
    print('reraised stored', e2)
