# Class decorators are applied bottom-up after the class is built.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def register(tag):
    def deco(cls):
        print("register", tag, cls.__name__)
        cls.tag = tag
        return cls
    return deco

@register("outer")
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, "two"))
print(Point.tag)

def replace(cls):
    return 7
@replace
class Gone: pass
print(Gone)
