# int() paths that CPython 3.11 deprecates: __trunc__ delegation, __int__ returning a subclass.
class WithTrunc:
    def __trunc__(self):
        return 9
class WithIndex:
    def __index__(self):
        return 7
class TruncToIndex:
    def __trunc__(self):
        return WithIndex()
class TruncBad:
    def __trunc__(self):
        return 'x'
class IntSub(int):
    pass
class ReturnsSub:
    def __int__(self):
        return IntSub(5)
print(int(WithTrunc()))
print(int(TruncToIndex()))
r = int(ReturnsSub())
print(r, type(r).__name__)
try:
    int(TruncBad())
except TypeError as e:
    print(type(e).__name__, e)
