# an f-string ending with '{'
x = f'abc{'
