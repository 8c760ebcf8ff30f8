import circ.a
import circ.b
print(circ.a.from_b(), circ.b.from_a(), circ.a.b is circ.b)
