# an f-string conversion of two letters
x = f'{a!rr}'
