# an annotation on a starred name
*a: int
