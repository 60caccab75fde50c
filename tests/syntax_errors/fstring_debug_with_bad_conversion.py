# a self-documenting field with a bad conversion
x = f'{a=!z}'
