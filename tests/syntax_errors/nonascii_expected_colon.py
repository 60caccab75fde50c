# a missing ':' after a condition with a non-ASCII string
if 'é' == x
    pass
