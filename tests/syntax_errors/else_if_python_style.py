# 'else if' written on one line without ':' before if
if x:
    pass
else if y:
    pass
