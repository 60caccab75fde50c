# '=' inside a list display
x = [a = 1]
