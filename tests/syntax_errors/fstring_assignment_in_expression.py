# an assignment statement inside an f-string
x = f'{a = 1}'
