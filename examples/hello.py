import sys

def greet(name):
    return f"Hello, {name}!"

print(greet("world"))
print("running on", sys.implementation.name, sys.version.split()[0])
