# an annotation on a literal
1: int
