# a backslash inside an f-string expression
x = f'{a\n}'
