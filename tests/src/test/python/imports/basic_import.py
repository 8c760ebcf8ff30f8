import _util
import _util as u2
from _util import VALUE, double
from _util import double as dbl
print(_util.VALUE, u2 is _util, VALUE, double(4), dbl(5), _util.__name__, _util.__doc__)
import sys
print('_util' in sys.modules, sys.modules['_util'] is _util)
import _util
print("second import does not re-run the module")
