# iterable unpacking as a set comprehension element
y = {*x for x in z}
