# '***' operator
x = a *** b
