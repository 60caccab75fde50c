# a comment line does not open a block; the next indented line is unexpected
x = 1
# a comment
    y = 2
