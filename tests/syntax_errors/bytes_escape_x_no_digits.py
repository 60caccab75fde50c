# a \x escape with no hex digits in a bytes literal
x = b'\xzz'
