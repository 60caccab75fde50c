# a while-else header without ':'
while x:
    pass
else
    pass
