# an annotated assignment with no annotation
a: = 1
