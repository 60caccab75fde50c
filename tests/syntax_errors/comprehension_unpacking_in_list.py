# iterable unpacking as a list comprehension element
y = [*x for x in z]
