# an invalid token after an emoji in a string
x = f('😀' 1)
