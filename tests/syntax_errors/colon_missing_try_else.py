# a try-else header without ':'
try:
    pass
except:
    pass
else
    pass
