import _helper
import pkg
print(_helper.VALUE, pkg.NAME)
