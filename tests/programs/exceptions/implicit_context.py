# Raising inside an except or finally block sets __context__.
def f():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def g():
    try:
        raise KeyError("a")
    finally:
        raise IndexError("b")
try:
    g()
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise e
except ValueError as e2:
    print("re-raise same:", e2.__context__)
def h():
    try:
        raise KeyError("x")
    except KeyError as ke:
        try:
            raise TypeError("y")
        except TypeError as te:
            return te
te = h()
print(repr(te.__context__))
