# an error in an f-string nested inside an f-string
x = f'{f"{}"}'
