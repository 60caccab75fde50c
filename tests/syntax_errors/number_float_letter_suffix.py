# a float literal directly followed by letters
x = 1.5abc
