# an exponent literal directly followed by letters
x = 1e5x
