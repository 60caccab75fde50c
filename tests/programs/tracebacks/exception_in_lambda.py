# An exception raised inside a lambda.
square_root = lambda x: x ** 0.5 if x >= 0 else [][x]
print(square_root(4))
print(square_root(-1))
