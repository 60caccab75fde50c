# a call missing its ')' before ':'
if f(x:
    pass
