# a with header without ':'
with open(f) as g
    pass
