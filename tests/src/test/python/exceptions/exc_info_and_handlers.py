# sys.exc_info inside and outside handlers; nested handlers restore the previous exception.
import sys
print(sys.exc_info())
try:
    raise ValueError('outer')
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
def in_function():
    return sys.exc_info()[0]
try:
    raise TypeError('t')
except TypeError:
    print(in_function().__name__)
