# global with no names
def f():
    global
