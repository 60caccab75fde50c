# a string used as a keyword argument name
f('a'=1)
