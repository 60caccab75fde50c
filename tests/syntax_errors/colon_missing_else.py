# an else header without ':'
if x:
    pass
else
    pass
