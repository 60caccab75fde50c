# an invalid expression inside an f-string
x = f'{a b}'
