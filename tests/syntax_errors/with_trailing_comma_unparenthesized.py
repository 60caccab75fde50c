# an unparenthesized with statement with a trailing comma
with a, :
    pass
