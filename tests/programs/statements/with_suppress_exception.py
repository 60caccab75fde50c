# A truthy return from __exit__ suppresses the exception; execution continues after the with.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            print("suppressing", exc_type.__name__, exc)
            return 1  # any truthy value
        return None

with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after with, caught:", repr(s.caught))

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)

def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through after suppression"
print(f())

class Falsy:
    def __bool__(self):
        print("__bool__ called")
        return False

class ReturnsFalsy:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        return Falsy()

try:
    with ReturnsFalsy():
        raise IndexError("kept")
except IndexError as e:
    print("falsy object did not suppress:", e)
