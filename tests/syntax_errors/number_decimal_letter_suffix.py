# a decimal literal directly followed by letters
x = 123abc
