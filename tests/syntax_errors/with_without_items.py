# a with statement with no context manager
with:
    pass
