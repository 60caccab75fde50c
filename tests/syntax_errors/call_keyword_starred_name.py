# a starred name used as a keyword argument name
f(*a=1, b)
