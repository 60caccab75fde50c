# a conditional expression without 'else' inside an f-string
x = f'{a if b}'
