# augmented assignment to a list
[a, b] -= 1
