# Exceptions raised in handlers and finally blocks chain and replace each other.
def f():
    try:
        raise ValueError("in try")
    except ValueError:
        raise TypeError("in handler")
    finally:
        print("finally still runs")
try:
    f()
except TypeError as e:
    print(repr(e), "<-", repr(e.__context__))
def g():
    try:
        return "value"
    finally:
        raise KeyError("finally raised")
try:
    g()
except KeyError as e:
    print(repr(e), e.__context__)
def h():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            pass
        raise
try:
    h()
except ValueError as e:
    print("outer bare raise re-raises:", repr(e))
