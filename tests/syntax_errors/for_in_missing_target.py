# a for loop with no target
for in y:
    pass
