# a comprehension with no element
y = [for x in z]
