# a PEP 695 type alias statement (Python 3.12, not 3.11)
type Point = tuple[float, float]
