# a default value on a lambda's '*args'
f = lambda *a=1: 0
