# a named expression targeting an attribute in a lambda body
f = lambda: (a.b := 1)
