# a 0o prefix with no digits
x = 0o
