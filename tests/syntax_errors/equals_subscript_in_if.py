# '=' with a subscript on its left in an if condition
if a[0] = 1:
    pass
