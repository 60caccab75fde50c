# Stacked decorators: expressions evaluate top-down, application is bottom-up.
def deco(name):
    print("evaluating decorator expression", name)
    def apply(func):
        print("applying", name, "to", func.__name__)
        def wrapper():
            return f"{name}({func()})"
        wrapper.__name__ = f"{name}_{func.__name__}"
        return wrapper
    return apply

@deco("outer")
@deco("middle")
@deco("inner")
def base():
    return "base"

print(base())
print(base.__name__)

def class_deco(cls):
    cls.tag = "decorated"
    return cls

@class_deco
class Thing:
    pass

print(Thing.tag)
