# a triple-double-quoted string that never closes
x = """abc
def
