# a literal used as a keyword argument name
f(1=2)
