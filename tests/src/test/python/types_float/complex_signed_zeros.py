# complex() keeps the signed zeros of real arguments.
print(complex(0, -0.0).imag, repr(-0.0j), complex(0.0, -0.0), 0-0.0j, complex(-0.0, -0.0), complex(0, -1.0)*0, complex("-0j"))
