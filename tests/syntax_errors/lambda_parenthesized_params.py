# parenthesized lambda parameters
f = lambda (a, b): 0
