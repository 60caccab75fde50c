# an exponent marker with no digits
x = 1e
