# an unmatched ']' inside an f-string expression
x = f'{a]}'
