# an f-string conversion that is not s, r or a
x = f'{a!x}'
