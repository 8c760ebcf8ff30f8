# Nested scopes: LEGB lookup, shadowing, class scopes do not enclose methods.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def builtin_shadow():
    len = lambda s: 'mine'
    return len('abc')
print(builtin_shadow(), len('abc'))
class K:
    y = 'class attr'
    def method(self):
        try:
            return y
        except NameError as e:
            return 'NameError: ' + str(e)
print(K().method())
def three_levels():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()()
print(three_levels())
def unbound():
    def inner():
        return v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    finally:
        v = 1
print(unbound())
