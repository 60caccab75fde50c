# an unparenthesized named expression in assert
assert x := 1
