# a string followed by a name outside brackets
x = 'a' b
