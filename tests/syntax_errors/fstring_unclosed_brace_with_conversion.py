# a replacement field with a conversion and no '}'
x = f'{a!r'
