# an attribute used as a keyword argument name
f(a.b=1)
