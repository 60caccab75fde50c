# an annotated assignment with two '=' targets
a: int = b = 1
