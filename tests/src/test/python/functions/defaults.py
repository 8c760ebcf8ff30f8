# Default values: evaluated once, mutable default pitfall, defaults referencing globals.
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
N = 5
def uses(n=N):
    return n
N = 6
print(uses())
print(append.__defaults__ is not None, safe.__defaults__, uses.__defaults__)
def kwd(*, a=1, b):
    return a, b
print(kwd(b=2), kwd.__kwdefaults__)
counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def g(x=make_default()):
    return x
print(g(), g(), counter)
