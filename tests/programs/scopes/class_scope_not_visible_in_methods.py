# Names bound in a class body are not visible inside its methods (only via self/cls).
x = "module x"

class C:
    x = "class x"
    y = x + " (read in class body)"

    def method(self):
        return x

    def via_self(self):
        return self.x

    @classmethod
    def via_cls(cls):
        return cls.x

    def uses_y(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"

c = C()
print(c.method())
print(c.via_self(), C.via_cls())
print(C.y)
print(c.uses_y())

def factory():
    local = "function local"
    class Inner:
        seen = local
        def get(self):
            return local
    return Inner
I = factory()
print(I.seen, I().get())
