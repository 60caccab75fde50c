# an unparenthesized lambda inside an f-string
x = f'{lambda x: 1}'
