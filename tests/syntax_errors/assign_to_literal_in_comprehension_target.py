# a comprehension whose target is a literal
y = [x for 1 in z]
