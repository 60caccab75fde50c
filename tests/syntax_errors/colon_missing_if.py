# an if header without ':'
if x
    pass
