# a name followed by a string outside brackets
x = a 'b'
