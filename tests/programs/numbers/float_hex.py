# float.hex() gives the exact value in hexadecimal.
for f in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 2.0, 3.14159, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 1/3, 255.0, 1.5, 0.75]:
    print(repr(f), f.hex())
try:
    print((1.0).hex(1))
except TypeError as e:
    print(type(e).__name__, e)
print(float.hex(2.5))
