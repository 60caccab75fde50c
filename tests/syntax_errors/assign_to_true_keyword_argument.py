# True used as a keyword argument name
f(True=1)
