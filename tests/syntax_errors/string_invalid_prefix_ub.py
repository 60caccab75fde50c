# the string prefix 'ub' does not exist
x = ub'abc'
