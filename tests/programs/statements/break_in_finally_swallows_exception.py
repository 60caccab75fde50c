# break or continue inside finally discards the exception being propagated.
def brk():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            print("finally", i)
            break
    return "exception discarded by break"

def cont():
    n = 0
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            n += 1
            continue
    return f"continued {n} times"

print(brk())
print(cont())

def still_raises():
    for i in range(2):
        try:
            raise TypeError("kept")
        finally:
            print("finally without break", i)

try:
    still_raises()
except TypeError as e:
    print("caught", type(e).__name__, e)
