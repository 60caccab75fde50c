# an element with a trailing comma in a list comprehension
y = [a, for a in z]
