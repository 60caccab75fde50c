# a space between '!' and the conversion character
x = f'{a! r}'
