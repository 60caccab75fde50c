# two list elements without a comma
y = [1 2]
