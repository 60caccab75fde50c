# a block made only of a comment
for x in y:
    # nothing here
z = 1
