# a non-ASCII symbol character in an expression
price = 5€
