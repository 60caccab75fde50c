# an annotation on a one-element tuple target
a,: int
