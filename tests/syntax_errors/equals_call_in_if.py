# '=' with a call on its left in an if condition
if f() = 1:
    pass
