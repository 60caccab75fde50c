# a for header without ':'
for x in y
    pass
