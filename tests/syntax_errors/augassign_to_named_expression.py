# augmented assignment to a named expression
(a := 1) += 1
