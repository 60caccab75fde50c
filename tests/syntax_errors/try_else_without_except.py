# a try with only an else clause
try:
    pass
else:
    pass
