# a brace closed by a square bracket
x = {1: 2]
