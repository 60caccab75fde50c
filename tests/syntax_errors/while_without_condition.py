# a while with no condition
while:
    pass
