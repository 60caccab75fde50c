# An exception raised in __exit__ replaces the one from the body (with context set).
class Raising:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit saw {exc_type.__name__ if exc_type else None}")

try:
    with Raising():
        raise ValueError("body")
except RuntimeError as e:
    print("got", e, "context:", repr(e.__context__))

try:
    with Raising():
        pass
except RuntimeError as e:
    print("got", e, "context:", repr(e.__context__))

class EnterRaises:
    def __enter__(self):
        raise KeyError("enter failed")

    def __exit__(self, *args):
        print("not called: __exit__ only runs after a successful __enter__")

try:
    with EnterRaises():
        print("not reached")
except KeyError as e:
    print("enter error:", e)

class NoExit:
    def __enter__(self):
        return 1

try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)

class NoEnter:
    def __exit__(self, *a):
        pass

try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
