# Function objects: __name__, __qualname__, __doc__, __module__, attributes, code info.
def documented(a, b=1):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__)
documented.tag = 'custom'
print(documented.tag, documented.__dict__)
print(documented.__code__.co_argcount, documented.__code__.co_name, documented.__code__.co_varnames)
def annotated(x: int, y: 'str' = 'a') -> bool:
    return True
print(annotated.__annotations__)
print(callable(documented), callable(3), callable(K), callable(K()))
f2 = documented
f2.__name__ = 'renamed'
print(documented.__name__)
print(type(documented).__name__, type(len).__name__, type(K().method).__name__)
