# an annotation on an arithmetic expression
a + b: int = 3
