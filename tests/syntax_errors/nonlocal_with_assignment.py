# nonlocal combined with an assignment
def f():
    def g():
        nonlocal x = 1
