# iterable unpacking as a generator expression element
y = (*x for x in z)
