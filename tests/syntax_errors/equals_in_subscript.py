# '=' inside a subscript
x[a = 1]
