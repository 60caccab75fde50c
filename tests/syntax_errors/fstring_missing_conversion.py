# an f-string '!' with no conversion character
x = f'{a!}'
