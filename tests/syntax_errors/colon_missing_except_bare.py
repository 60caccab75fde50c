# a bare except header without ':'
try:
    pass
except
    pass
