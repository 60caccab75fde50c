# __repr__, __str__ and __format__ and how builtins pick them.
class R:
    def __repr__(self): return "R()"
class S:
    def __str__(self): return "S-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
    def __format__(self, spec): return f"Both-format[{spec}]"

print(str(R()), repr(R()), f"{R()}", f"{R()!r}")
print(str(S()), repr(S()).startswith("<__main__.S object at "))
b = Both()
print(b, repr(b), f"{b}", f"{b!s}", f"{b!r}", f"{b:>10}", format(b, "x"))
print([b], (b,), {1: b})
print("%s %r" % (b, b))
print("{} {!r} {:spec}".format(b, b, b))
try:
    format(R(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
