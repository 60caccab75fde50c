# an arrow character used like an operator
def f() → int: pass
