# '=' inside a lambda body in a call
f(lambda: x = 1)
