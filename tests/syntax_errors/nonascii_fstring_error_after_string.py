# an f-string error after a non-ASCII string on the same line
x = 'é' + f'{}'
