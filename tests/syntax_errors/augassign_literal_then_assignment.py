# an augmented assignment to a literal followed by '='
1 += 1 = 1
