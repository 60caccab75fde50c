# global and nonlocal declarations inside a class body.
x = "module x"

class C:
    global x
    x = "set from class body"
    y = "class attribute"

print(x, hasattr(C, "x"), C.y)

def f():
    v = "function v"
    class K:
        nonlocal v
        v = "rebound from class body"
        w = v
    return v, K.w, hasattr(K, "v")
print(f())
