# a for-else header without ':'
for x in y:
    pass
else
    pass
