# an augmented assignment with an annotation
a: int += 1
