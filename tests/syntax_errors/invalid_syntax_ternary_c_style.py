# a C-style ternary operator
x = a ? b : c
