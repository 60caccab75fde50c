# Augmented assignment on numbers creates new objects with Python semantics.
x = 7
x += 2**70; print(x)
x -= 2**70; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= -5; print(x)
x **= 3; print(x)
x <<= 65; print(x)
x >>= 66; print(x)
x &= -2; print(x)
x |= 1; print(x)
x ^= 255; print(x)
x /= 8; print(x)
x **= -1; print(x)
y = 1 + 1j
y *= 1j; print(y)
y /= 2; print(y)
y **= 2; print(y)
z = True
z += True; print(z, type(z).__name__)
w = 2.5
w //= 0.5; print(w)
w %= -4; print(w)
try:
    w //= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    x = 5
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
