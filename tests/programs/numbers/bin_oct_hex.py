# bin(), oct(), hex() on ints and __index__ objects.
class WithIndex:
    def __index__(self):
        return -255
for v in [0, 1, -1, 255, -255, 2**64, -(2**100) - 1, True, False, WithIndex()]:
    print(bin(v), oct(v), hex(v))
for v in [1.5, '1', None, 1j]:
    for f in (bin, oct, hex):
        try:
            print(f(v))
        except TypeError as e:
            print(type(e).__name__, e)
for call in [lambda: bin(), lambda: hex(1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(len(bin(10**5000)), hex(10**30))
