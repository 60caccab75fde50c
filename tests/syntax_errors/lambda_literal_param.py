# a literal as a lambda parameter
f = lambda 1: 0
