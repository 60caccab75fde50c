# '=' with an attribute on its left in an if condition
if a.b = 1:
    pass
