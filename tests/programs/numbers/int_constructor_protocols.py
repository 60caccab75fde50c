# int(): __index__ returning an int subclass warns, bytes-like objects (memoryview,
# array.array) read as text, and an explicit base only for str/bytes/bytearray.
import warnings
warnings.simplefilter("always")
from array import array
class BadIndex:
    def __index__(self):
        return True
class BadIndex2(int):
    def __index__(self):
        return True
class BadInt:
    def __int__(self):
        return True
class BadInt2(int):
    def __int__(self):
        return True
class TruncReturnsIntSubclass:
    def __trunc__(self):
        return True
for x in [BadIndex(), BadIndex2(), BadInt(), BadInt2(), TruncReturnsIntSubclass()]:
    try:
        n = int(x); print(type(x).__name__, n, type(n))
    except Exception as e: print(type(e).__name__, e)
for x in [memoryview(b'100'), array('B', b'100')]:
    try: print(int(x))
    except Exception as e: print(type(e).__name__, e)
    try: print(int(x, 2))
    except Exception as e: print(type(e).__name__, e)
for x in [memoryview(b'A' * 16), array('B', b'A' * 16), memoryview(b'123')[1:3], bytearray(b' 7 ')]:
    try: print(int(x))
    except ValueError as e: print("ValueError", e)
class I(int): pass
class Idx:
    def __index__(self): return I(5)
r = Idx().__index__(); print(type(r).__name__)
print([0, 1, 2, 3, 4, 5, 6][Idx()])
