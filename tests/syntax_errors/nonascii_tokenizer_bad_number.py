# an invalid decimal literal after a non-ASCII string
x = 'é' + 1_
