# two annotated targets separated by a comma
a.b: int, c: int
