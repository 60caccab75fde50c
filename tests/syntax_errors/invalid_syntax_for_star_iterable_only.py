# a double-starred for loop iterable
for x in **y:
    pass
