# an elif header without ':'
if x:
    pass
elif y
    pass
