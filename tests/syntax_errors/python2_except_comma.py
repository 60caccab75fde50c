# the Python 2 'except E, e' form
try:
    pass
except ValueError, e:
    pass
