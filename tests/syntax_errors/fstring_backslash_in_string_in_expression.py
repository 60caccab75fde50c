# a backslash inside a string within an f-string expression
x = f'{"\n".join(a)}'
