# an unparenthesized tuple as a set comprehension element
y = {a, b for a, b in z}
