# a \x escape with one hex digit in a bytes literal
x = b'a\x1'
