# a for loop whose target is a literal
for 1 in x:
    pass
