# Raising inside an except clause sets __context__; raise from sets __cause__.
def show(e):
    print(type(e).__name__, e)
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress_context:", e.__suppress_context__)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ValueError("second") from k
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second") from None
except ValueError as e:
    show(e)

try:
    raise RuntimeError("cause given explicitly") from TypeError("t")
except RuntimeError as e:
    show(e)
