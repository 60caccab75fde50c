# an invalid numeric literal inside an f-string
x = f'{1_}'
