# the Python 2 long suffix 'L'
x = 10L
