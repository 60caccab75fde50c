# yield as a lambda body without parentheses
f = lambda: yield 1
