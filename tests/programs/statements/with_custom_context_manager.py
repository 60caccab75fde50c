# with calls __enter__ and __exit__, binds the __enter__ result, and passes exception info.
class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None,
              repr(exc), tb is not None)
        return False

with Manager("a") as value:
    print("body got", value)

try:
    with Manager("b"):
        raise ValueError("inside b")
except ValueError as e:
    print("propagated", e)

def returns_from_with():
    with Manager("c"):
        return "returned"
print(returns_from_with())

for i in range(3):
    with Manager(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")

with Manager("t") as (first, *rest):
    print("unpacked", first, rest)
