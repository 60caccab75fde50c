# a conversion before the '=' specifier in an f-string
x = f'{a!r=}'
