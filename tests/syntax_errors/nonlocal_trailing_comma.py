# nonlocal with a trailing comma
def f():
    def g():
        nonlocal x,
