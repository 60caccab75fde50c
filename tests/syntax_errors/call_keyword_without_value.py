# a keyword argument with no value
f(a=)
