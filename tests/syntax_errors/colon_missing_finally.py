# a finally header without ':'
try:
    pass
finally
    pass
