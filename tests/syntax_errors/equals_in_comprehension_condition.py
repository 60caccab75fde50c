# '=' in a comprehension condition
y = [x for x in z if x = 1]
