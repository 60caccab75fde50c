# an f-string whose nested format field is never closed
x = f'{a:{b}'
