# a lambda parameter with '=' and no value
f = lambda a=: 0
