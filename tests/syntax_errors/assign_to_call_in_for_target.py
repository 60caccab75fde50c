# a for loop whose target is a call
for f() in x:
    pass
