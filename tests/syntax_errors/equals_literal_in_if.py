# '=' with a literal on its left in an if condition
if 1 = x:
    pass
