# '=' compared like '==' inside an f-string is a debug specifier plus error
x = f'{a = = 1}'
