# an f-string, a str and a bytes literal joined
x = f'{a}' 'b' b'c'
