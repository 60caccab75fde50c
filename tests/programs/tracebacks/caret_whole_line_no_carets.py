# When the failing expression is the whole line, no caret line is printed.
def f():
    raise RuntimeError("whole statement")

f()
