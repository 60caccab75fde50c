# __getattr__ is only called when normal lookup fails.
class Lazy:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError(f"no {name}")

o = Lazy()
print(o.real)
print(o.computed_abc)
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(o, "nope", "default"))
print(hasattr(o, "computed_x"), hasattr(o, "zzz"))
