# __int__, __float__, __complex__, __round__, __index__ used by builtins.
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __round__(self, n=None): return ("round", n)
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
try:
    float(object())
except TypeError as e:
    print("TypeError:", e)
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)
