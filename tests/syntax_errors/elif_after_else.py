# an elif after the else clause
if x:
    pass
else:
    pass
elif y:
    pass
