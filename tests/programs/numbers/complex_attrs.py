# complex.real, .imag, and dir(complex).
for c in [1 + 2j, -0.0j, complex(5), complex(float('inf'), -2)]:
    print(repr(c.real), repr(c.imag), type(c.real).__name__)
try:
    (1j).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(complex))
print((3+4j).__getnewargs__(), type(complex.__dict__['real']).__name__, complex.__name__, hasattr(1j, '__int__'))
