# augmented assignment to a parenthesized tuple
(a, b) += 1
