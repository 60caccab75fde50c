# A closure reading an enclosing variable that is not yet (or no longer) bound.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = "now bound"
    print(inner())
    del value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)

outer()

def outer2():
    def inner():
        nonlocal_reader = later
        return nonlocal_reader
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    later = 1
print(outer2())
