# an f-string expression that is only an operator
x = f'{+}'
