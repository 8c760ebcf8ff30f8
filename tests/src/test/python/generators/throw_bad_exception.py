# throw() of a class whose __new__ does not return an exception: that TypeError is thrown into the generator.
os.remove(p); os.rmdir(d)
def boring():
    yield
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
g = boring()
try:
    g.throw(E)
except TypeError as e:
    print("TypeError:", str(e).replace(__name__, "M"))
def gen2():
    try:
        yield
    except TypeError as e:
        print("inside:", type(e).__name__)
        yield "caught"
g = gen2(); next(g)
print(g.throw(E))
