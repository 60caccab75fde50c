# the second of two f-strings never closes its field
x = f'{a}' f'{'
