# __init__ must return None.
class Bad:
    def __init__(self):
        return 1
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
class Ok:
    def __init__(self):
        return None
print(type(Ok()).__name__)
class Args:
    def __init__(self, a, b=2, *, c):
        self.t = (a, b, c)
print(Args(1, c=3).t)
for call in (lambda: Args(), lambda: Args(1), lambda: Args(1, 2, 3, c=4), lambda: Args(1, c=1, d=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
