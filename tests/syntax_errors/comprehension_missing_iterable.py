# a comprehension with no iterable
y = [x for x in]
