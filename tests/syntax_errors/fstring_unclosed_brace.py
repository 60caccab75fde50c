# a replacement field never closed
x = f'{a'
