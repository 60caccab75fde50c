# Errors from * and ** unpacking in calls.
def f(*args, **kwargs):
    return args, kwargs

class NotMapping:
    pass

class KeysOnly:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, key):
        return key.upper()

print(f(**KeysOnly()))
print(f(*"ab", *range(2)))
for label, call in [
    ("f(*1)", lambda: f(*1)),
    ("f(**1)", lambda: f(**1)),
    ("f(**NotMapping())", lambda: f(**NotMapping())),
    ("f(**{'a': 1}, **{'a': 2})", lambda: f(**{"a": 1}, **{"a": 2})),
    ("f(a=1, **{'a': 2})", lambda: f(a=1, **{"a": 2})),
    ("f(**{1: 2})", lambda: f(**{1: 2})),
    ("f(*None)", lambda: f(*None)),
]:
    try:
        call()
    except TypeError as e:
        print(f"{label:26} -> {e}")
