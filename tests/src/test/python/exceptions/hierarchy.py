# The builtin exception hierarchy and custom exception classes.
for name in ['ZeroDivisionError', 'KeyError', 'IndexError', 'FileNotFoundError', 'UnicodeDecodeError',
             'RecursionError', 'StopIteration', 'KeyboardInterrupt', 'ModuleNotFoundError', 'NotImplementedError',
             'OverflowError', 'UnboundLocalError', 'TabError', 'StopAsyncIteration', 'GeneratorExit', 'SystemExit']:
    cls = __builtins__.__dict__[name] if hasattr(__builtins__, '__dict__') else __builtins__[name]
    print(name, [c.__name__ for c in cls.__mro__])
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'
try:
    raise DbError('connection lost', 42)
except AppError as e:
    print(type(e).__name__, e, e.code, repr(e), isinstance(e, Exception))
print(issubclass(KeyError, LookupError), issubclass(bool, int), issubclass(OSError, Exception))
print(IOError is OSError, EnvironmentError is OSError)
