# an assignment with no right side
x =
