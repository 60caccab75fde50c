# '=' in an assert statement
assert x = 1
