# A return in finally overrides the try's return and swallows exceptions.
def f():
    try:
        return "from try"
    finally:
        return "from finally"

def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def h():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("h finally runs before the return value is delivered")

def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("k finally sets x =", x)

def nested():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "loop done"

print(f())
print(g())
print(h())
print(k())
print(nested())
