# Function and cell attributes: cells compare by contents, builtin static/class methods' qualnames,
# qualnames of functions declared global in a nested scope, __code__ with the wrong free variables.
def cell(value):
    def f():
        print(a)
    a = value
    return f.__closure__[0]
def empty_cell():
    def f():
        print(a)
    a = 1
    del a
    return f.__closure__[0]
print(cell(2) < cell(3), cell(3) == cell(3), cell(1) != cell(2), empty_cell() < cell(0), cell(0) > empty_cell(), empty_cell() == empty_cell())
print(str.maketrans.__qualname__, dict.fromkeys.__qualname__, int.from_bytes.__qualname__, bytes.fromhex.__qualname__)
def global_function():
    def inner_function():
        global inner_global_function
        def inner_global_function():
            def inner_function2():
                pass
            return inner_function2
        return inner_global_function
    return inner_function()
print(global_function().__qualname__, global_function()().__qualname__)
def outer():
    x = 1
    def inner():
        return x
    return inner
def plain():
    return 1
f = outer()
try:
    f.__code__ = plain.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans()
except TypeError as e:
    print("TypeError:", e)
g = outer()
for fn in (eval, exec):
    try:
        fn(g.__code__)
    except TypeError as e:
        print("TypeError:", e)
print(eval(plain.__code__))
