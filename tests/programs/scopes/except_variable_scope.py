# The except target is cleared after the handler, even if it shadowed an existing name.
def f():
    err = "before"
    try:
        raise ValueError("x")
    except ValueError as err:
        inside = repr(err)
    try:
        return inside, err
    except UnboundLocalError as e:
        return inside, f"UnboundLocalError: {e}"
print(f())

def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        def closure():
            return e
        captured = closure
    try:
        return captured()
    except NameError as ex:
        return f"{type(ex).__name__}: {ex}"
print(g())

def h():
    try:
        raise TypeError("t")
    except TypeError as e:
        keep = e
    return repr(keep)
print(h())
