# an augmented assignment used like a chained assignment
a += b += 1
