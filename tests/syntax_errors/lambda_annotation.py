# an annotated lambda parameter
f = lambda a: int: 0
