# an invalid statement after several valid lines
x = 1
y = 2
z = 3 4 5
