# a bare '*' between two arguments
print(a, *, b)
