# an unparenthesized tuple as a list comprehension element
y = [a, b for a, b in z]
