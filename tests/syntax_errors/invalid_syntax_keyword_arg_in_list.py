# a keyword-argument-like item in a tuple
x = (a=1, b=2)
