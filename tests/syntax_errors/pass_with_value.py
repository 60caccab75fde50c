# pass with a value
pass 1
