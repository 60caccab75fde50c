# Item assignment on a tuple.
point = (1, 2)
point[0] = 5
