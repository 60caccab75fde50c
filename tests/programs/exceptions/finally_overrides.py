# return/break in finally swallow exceptions and override returns.
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out"
print(h())
def k():
    x = "before"
    try:
        return x
    finally:
        x = "after"
        print("finally sees", x)
print(k())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("finally", n)
print(counter())
