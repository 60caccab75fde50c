# Name lookup order: Local, Enclosing, Global, Builtin.
name = "global"
def outer():
    name = "enclosing"
    def inner():
        name = "local"
        return name
    def no_local():
        return name
    return inner(), no_local()
print(outer())

def no_enclosing():
    return name
print(no_enclosing())

def builtin_only():
    return abs(-3)
print(builtin_only())

def deep():
    a = "deep-1"
    def l2():
        b = "deep-2"
        def l3():
            def l4():
                return a, b, name, len("xyz")
            return l4()
        return l3()
    return l2()
print(deep())
