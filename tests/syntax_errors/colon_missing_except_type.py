# an except header with a type and no ':'
try:
    pass
except ValueError
    pass
