# a try block at end of file with neither except nor finally
try:
    pass
