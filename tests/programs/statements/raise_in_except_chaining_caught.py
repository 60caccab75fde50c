# Printing the chain of a caught exception by walking __cause__ and __context__.
def chain(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        e = e.__cause__ if e.__cause__ is not None else (
            None if e.__suppress_context__ else e.__context__)
    return " <- ".join(parts)

def level3():
    raise KeyError("k")

def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("v") from e

def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("r")

try:
    level1()
except RuntimeError as e:
    print(chain(e))

try:
    try:
        raise TypeError("a")
    except TypeError as e:
        e2 = e
        raise e
except TypeError as e:
    print("re-raising the same object keeps context", repr(e.__context__), e is e2)

try:
    try:
        raise OSError("first")
    finally:
        print("finally does not swallow")
except OSError as e:
    print("caught", e, "context", e.__context__)
