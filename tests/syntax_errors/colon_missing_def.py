# a def header without ':'
def f()
    pass
