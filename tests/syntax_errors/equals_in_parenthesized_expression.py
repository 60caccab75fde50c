# '=' used in an expression within parentheses
y = (x = 1)
