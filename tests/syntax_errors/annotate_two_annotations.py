# an annotation followed by a second annotation
x: int: str
