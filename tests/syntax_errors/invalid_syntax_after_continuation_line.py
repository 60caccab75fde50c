# an error on a line joined by a backslash
x = 1 + \
    = 2
