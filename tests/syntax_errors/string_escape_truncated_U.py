# a \U escape with four hex digits
x = '\U1234'
