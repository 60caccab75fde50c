# the Python 2 'raise E, V' form
raise ValueError, 'bad'
