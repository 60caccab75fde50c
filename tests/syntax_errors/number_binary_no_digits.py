# a 0b prefix with no digits
x = 0b
