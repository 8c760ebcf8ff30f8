# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    return inc, get
inc, get = make()
inc(); inc(); inc()
print(get())
def outer():
    v = 'outer'
    def middle():
        def inner():
            nonlocal v
            v = 'changed'
        inner()
    middle()
    return v
print(outer())
def define_global():
    global NEW_NAME
    NEW_NAME = 'created'
define_global()
print(NEW_NAME)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
