# a slice with three colons
x[1:2:3:4]
