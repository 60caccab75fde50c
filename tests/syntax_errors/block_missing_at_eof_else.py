# an else header at end of file
if x:
    pass
else:
