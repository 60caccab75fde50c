# the string prefix 'bu' does not exist
x = bu'abc'
