# a replacement field with a format spec and no '}'
x = f'{a:10'
