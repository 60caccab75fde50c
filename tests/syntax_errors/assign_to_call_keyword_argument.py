# a call used as a keyword argument name
f(g()=1)
