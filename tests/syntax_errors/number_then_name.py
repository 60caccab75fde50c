# a number followed by a name with a space
x = 1 a
