# float() when __float__ returns a float subclass: a DeprecationWarning in CPython 3.11.
class FloatSub(float):
    pass
class ReturnsSub:
    def __float__(self):
        return FloatSub(1.5)
r = float(ReturnsSub())
print(r, type(r).__name__)
