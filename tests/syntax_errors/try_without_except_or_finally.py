# a try block with neither except nor finally
try:
    pass
x = 1
