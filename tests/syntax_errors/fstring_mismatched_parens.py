# a '(' closed by ']' inside an f-string expression
x = f'{(a]}'
