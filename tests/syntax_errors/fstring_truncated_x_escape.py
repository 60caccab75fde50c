# a truncated \x escape in an f-string
x = f'{a}\x4'
