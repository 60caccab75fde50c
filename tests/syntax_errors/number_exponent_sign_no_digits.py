# an exponent marker and sign with no digits
x = 1.5e+
