# The training run of the AOT cache (launcher/src/build/make-runtime.sh): the Java classes and
# method profiles this program uses start faster in every later run. Keep it short and typical
# of the start of a program: parsing, functions, classes, exceptions, containers, str methods,
# common stdlib imports (their parse and translation; only modules cinderj runs today).
import sys
import os, collections, functools


def greet(name, punct="!"):
    return f"Hello, {name}{punct}"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


def gen(n):
    for i in range(n):
        yield i * i


print(greet("world"))
print(sys.version)
pts = [Point(i, -i) for i in range(5)]
print(pts, {p.x: p.y for p in pts}, sum(gen(10)), sorted({3, 1, 2}))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
print(" ".join(str(i) for i in range(3)).upper().split(), "a,b".partition(","), len("xyz") * 2.5)


# A hot function, compiled by Graal (the build runs this with engine.BackgroundCompilation=false):
# the compiler's classes and profiles go into the cache too, for a faster first compilation.
def inc(x):
    return x + 1


n = 0
for i in range(100000):
    n = inc(n)
print(n)
