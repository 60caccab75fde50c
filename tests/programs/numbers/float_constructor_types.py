# float(x) for numbers and objects with __float__ / __index__.
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 3
class BadFloat:
    def __float__(self):
        return 'x'
class FloatSub(float):
    pass
class StrSub(str):
    pass
print(float(), float(5), float(-2**60), float(True), float(2**1023), float(WithFloat()), float(WithIndex()), float(FloatSub(4.5)))
print(type(float(FloatSub(4.5))).__name__, float(StrSub(' 7.5 ')), type(FloatSub(2)).__name__, FloatSub('3.5'), float(1.5))
for v in [BadFloat(), 2**1024, -(10**400), object(), 1j, [1.0]]:
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__, e)
