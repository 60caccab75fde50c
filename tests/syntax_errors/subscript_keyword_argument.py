# a keyword-style argument in a subscript
x[a=1]
