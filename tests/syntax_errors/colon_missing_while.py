# a while header without ':'
while x
    pass
