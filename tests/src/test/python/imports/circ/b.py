import circ.a
NAME = "b"

def from_a():
    return circ.a.NAME
