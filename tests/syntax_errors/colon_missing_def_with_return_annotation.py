# a def header with a return annotation and no ':'
def f() -> int
    pass
