# A class body looks names up in its own namespace, then globals, then builtins — skipping enclosing class bodies.
x = "global"

def f():
    x = "function local"
    class C:
        print("C sees", x)
        x = "class attribute"
        print("C now sees", x)
    class D:
        print("D sees closure", x)
    return C

C = f()
print(C.x)

class Outer:
    name = "outer"
    class Inner:
        try:
            print(name)
        except NameError as e:
            print("Inner cannot see Outer's names:", e)

def g():
    y = "enclosing"
    class K:
        y = "class"
        def m(self):
            return y
    return K().m()
print(g())

class Builtins:
    len = lambda self: "class len"
    result = len([1, 2])
print(Builtins.result)
