# the file ends after a lambda's ':' inside a call
f(lambda:
