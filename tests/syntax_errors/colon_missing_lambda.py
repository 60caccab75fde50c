# a lambda without ':'
f = lambda x x
