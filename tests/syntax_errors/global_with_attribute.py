# global naming an attribute
def f():
    global a.b
