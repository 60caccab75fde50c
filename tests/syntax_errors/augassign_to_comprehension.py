# augmented assignment to a list comprehension
[x for x in y] **= 2
