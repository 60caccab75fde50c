# the inner of two opening brackets is never closed
x = [(1, 2]
