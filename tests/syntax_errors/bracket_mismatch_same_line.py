# a square bracket closed by a parenthesis on the same line
x = [1, 2)
