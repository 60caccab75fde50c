# Using an object without the protocol in a with statement.
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("inner")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
