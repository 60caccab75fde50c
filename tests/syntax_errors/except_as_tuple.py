# an except clause binding to a tuple
try:
    pass
except ValueError as (a, b):
    pass
