# '/' directly followed by '*' in a lambda
f = lambda a=1, /*, b: 0
