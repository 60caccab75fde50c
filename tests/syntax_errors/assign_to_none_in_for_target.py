# a for loop whose target is None
for None in x:
    pass
