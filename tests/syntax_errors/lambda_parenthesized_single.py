# a single parenthesized lambda parameter
f = lambda a, (b): 0
