# Inner functions look up enclosing and global names when they run, not when defined.
def outer():
    def show():
        return status
    status = "initial"
    first = show()
    status = "updated"
    return first, show()
print(outer())

def uses_later_global():
    return LATER
LATER = "defined after the function"
print(uses_later_global())
LATER = "changed"
print(uses_later_global())

def recursive_through_global(n):
    return 0 if n == 0 else 1 + recursive_through_global(n - 1)
original = recursive_through_global
def recursive_through_global(n):
    return 100
print(original(3))
