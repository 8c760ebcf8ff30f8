from _util import *
print(VALUE, double(3))
for name in ["helper_only", "_private"]:
    print(name, name in globals())
