# a lambda non-default parameter after a default following '/'
f = lambda a, /, b=1, c: 0
