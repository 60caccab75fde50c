# a statement keyword inside an f-string
x = f'{import os}'
