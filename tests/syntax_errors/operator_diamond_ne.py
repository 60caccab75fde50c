# the Python 2 '<>' operator
x = 1 <> 2
