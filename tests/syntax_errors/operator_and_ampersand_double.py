# a C-style '&&' operator
x = a && b
