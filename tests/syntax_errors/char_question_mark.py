# a question mark outside a string
x = y ? 1 : 2
