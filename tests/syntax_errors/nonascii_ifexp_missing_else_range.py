# a conditional expression without else whose body is a non-ASCII string
x = 'é' if y
