# '**' unpacking used as a key
d = {**a: 1}
