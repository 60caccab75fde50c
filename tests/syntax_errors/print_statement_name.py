# the Python 2 print statement with a name
print x
