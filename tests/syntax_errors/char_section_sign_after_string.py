# an invalid character after a valid non-ASCII string
x = 'é' §
