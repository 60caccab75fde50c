# invalid UTF-8 in a string without escapes: the position counts from the start of the body
print("böse")
