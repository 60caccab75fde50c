# the Python 2 print statement with a trailing comma
print x,
