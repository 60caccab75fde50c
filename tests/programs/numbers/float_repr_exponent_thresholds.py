# repr(float) switches to exponent notation at 1e16 and below 1e-4.
for f in [1e15, 9999999999999998.0, 1e16, 1.5e16, 12345678901234567.0, 1e17, 1e22, 1e-4, 0.0001234, 1e-5, 0.00001234, 9.9e-5,
          123e-7, 1e100, 1.5e-300, 1e16 - 2, 2.0**53, 2.0**54, 2.0**60, 1e-7]:
    print(repr(f), repr(-f), str(f))
