# two expressions without a comma outside brackets
y = 1 2
