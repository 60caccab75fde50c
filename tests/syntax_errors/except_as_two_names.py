# an except clause binding to two names
try:
    pass
except E as e, f:
    pass
