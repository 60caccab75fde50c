# a for loop whose tuple target contains a call
for a, f() in x:
    pass
