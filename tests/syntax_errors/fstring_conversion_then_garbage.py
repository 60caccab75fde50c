# an f-string conversion followed by a stray character
x = f'{a!r x}'
