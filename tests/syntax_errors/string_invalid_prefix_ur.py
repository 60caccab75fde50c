# the Python 2 prefix 'ur' does not exist
x = ur'abc'
