from circ import b
NAME = "a"

def from_b():
    return b.NAME
