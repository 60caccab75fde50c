# break with a value
for x in y:
    break 1
