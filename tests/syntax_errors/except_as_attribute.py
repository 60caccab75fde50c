# an except clause binding to an attribute
try:
    pass
except ValueError as e.x:
    pass
