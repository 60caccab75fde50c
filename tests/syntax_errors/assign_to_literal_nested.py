# assignment to a literal nested inside a tuple inside a list
[a, (b, 3)] = x
