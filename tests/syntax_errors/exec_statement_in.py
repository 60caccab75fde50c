# the Python 2 'exec code in ns' form
exec code in ns
