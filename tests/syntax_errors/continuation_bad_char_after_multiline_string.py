# a backslash then a space after a triple-quoted string spanning two lines
x = """é
a""" \ y
