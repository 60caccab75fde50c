# Duplicate parameter names in a lambda.
f = lambda x, y, x: x
