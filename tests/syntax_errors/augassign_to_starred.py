# augmented assignment to a starred name
*a += 1
