# an if with no condition
if:
    pass
