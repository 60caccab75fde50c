# global with parenthesized names
def f():
    global (a, b)
