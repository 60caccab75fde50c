# a '/' after '*' in a lambda
f = lambda a, *, b, /: 0
