# a '(' never closed inside an f-string expression
x = f'{(a}'
