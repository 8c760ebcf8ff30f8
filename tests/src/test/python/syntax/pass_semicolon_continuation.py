# Simple statements: pass, semicolons, line continuation, implicit joining.
def nothing():
    pass
print(nothing())
a = 1; b = 2; print(a + b)
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,  # comment
    3,
]
print(values, (
    'implicit'
    ' join'
))
if a == 1: print('one-line if')
while False: pass
class Empty: pass
print(Empty.__name__)
for i in range(2): print(i); print(-i)
