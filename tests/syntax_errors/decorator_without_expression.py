# an '@' with no decorator expression
@
def f():
    pass
