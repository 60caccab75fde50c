# The caret marks the inner call when an argument expression fails.
def outer(x, y):
    return x + y

def inner(v):
    return 100 // v

print(outer(inner(5), inner(0)))
