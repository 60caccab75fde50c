# A bare raise re-raises the exception being handled, even from a nested call.
def handler():
    raise

try:
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, re-raising")
        raise
except ValueError as e:
    print("re-raised:", e)

try:
    try:
        raise KeyError("from helper")
    except KeyError:
        handler()
except KeyError as e:
    print("helper re-raised:", e)

try:
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
except TypeError as e:
    print("after inner handler, bare raise gives:", type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
