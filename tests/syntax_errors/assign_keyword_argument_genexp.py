# a keyword argument followed by a for clause
f(a=1 for a in b)
