# a dedent between two open levels in nested blocks
def f():
    if x:
            y = 1
        z = 2
