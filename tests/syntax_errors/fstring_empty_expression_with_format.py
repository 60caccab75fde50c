# an f-string field with a format spec and no expression
x = f'{:>10}'
