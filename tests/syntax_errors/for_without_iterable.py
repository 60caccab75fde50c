# a for loop without an iterable
for x in:
    pass
