# dict unpacking as a dict comprehension element
y = {**x for x in z}
