# the string prefix 'fb' (f-bytes) does not exist
x = fb'abc'
