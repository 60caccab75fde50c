# a return annotation followed by '= value'
def f() -> int = 1:
    pass
