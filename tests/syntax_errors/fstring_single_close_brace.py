# a lone '}' in an f-string
x = f'a}b'
