# del of an f-string
del f'{a}'
