# invalid UTF-8 on the second line of a triple-quoted string (the text holds both lines)
x = """a
böse"""
