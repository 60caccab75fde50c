# None used as a keyword argument name
f(x, None=1)
