# assert with no expression
assert
