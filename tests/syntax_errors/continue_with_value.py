# continue with a value
for x in y:
    continue x
