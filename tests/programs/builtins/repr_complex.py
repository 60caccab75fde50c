# repr() of complex numbers.
values = [1j, -1j, 1 + 2j, 1 - 2j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0),
          1.5 + 0j, complex(1e16, 1e-5), complex(float("inf"), float("nan")),
          (1 + 2j) * (3 - 4j), (1 + 1j) ** 2, 2j / 1j]
for v in values:
    print(repr(v))
print(complex("1+2j"), complex(" 3j "), complex(2), complex(1, 2), complex("-1.5e3-2j"))
print((3 + 4j).real, (3 + 4j).imag, abs(3 + 4j), (3 + 4j).conjugate())
print(1j == 1j, 1 + 0j == 1, hash(1 + 0j) == hash(1))
