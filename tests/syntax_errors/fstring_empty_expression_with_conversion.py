# an f-string field with a conversion and no expression
x = f'{!r}'
