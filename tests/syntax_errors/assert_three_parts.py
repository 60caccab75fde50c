# assert with three comma-separated parts
assert a, b, c
