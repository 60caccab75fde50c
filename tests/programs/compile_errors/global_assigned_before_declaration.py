# A name assigned before its global declaration in the same function.
def f():
    value = 1
    global value
