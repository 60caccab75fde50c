# a zero-prefixed literal followed by letters
x = 00abc
