# implicit concatenation of an f-string and a bytes literal
x = f'abc' b'def'
