# a with header with two items and no ':'
with a, b as c
    pass
