# the string prefix 'uf' does not exist
x = uf'abc'
