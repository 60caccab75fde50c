# an unterminated f-string literal
x = f'abc{1}
