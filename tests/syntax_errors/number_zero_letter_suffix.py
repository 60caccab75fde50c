# the literal 0 directly followed by a letter
x = 0z
