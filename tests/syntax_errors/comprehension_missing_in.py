# a comprehension with no 'in'
y = [x for x z]
