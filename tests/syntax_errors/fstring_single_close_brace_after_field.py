# a lone '}' after a replacement field
x = f'{a}}'
