# global with a trailing comma
def f():
    global a,
