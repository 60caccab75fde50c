# an underscore right after the exponent marker
x = 1e_5
