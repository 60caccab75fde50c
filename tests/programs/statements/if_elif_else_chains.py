# if/elif/else picks the first true branch; conditions use truthiness.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

print([grade(s) for s in (95, 85, 75, 10, 90, 80)])

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool of", self.v)
        return self.v

class Sized:
    def __len__(self):
        return 0

for value in [0, 1, "", "x", [], [0], {}, None, 0.0, -0.0, 0j, Sized(), Truthy(True)]:
    if value:
        print(repr(value) if not isinstance(value, (Sized, Truthy)) else type(value).__name__, "is true")
    else:
        print(repr(value) if not isinstance(value, (Sized, Truthy)) else type(value).__name__, "is false")

if Truthy(False):
    print("no")
elif Truthy(True):
    print("second branch")

class BadBool:
    def __bool__(self):
        return 1

try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
