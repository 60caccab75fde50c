# a lambda on the right of '+'
x = 1 + lambda: 2
