# an unterminated string inside an f-string expression
x = f'{"a}'
