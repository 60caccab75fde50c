# an elif with no condition
if x:
    pass
elif
