# an elif clause with no if
x = 1
elif y:
    pass
