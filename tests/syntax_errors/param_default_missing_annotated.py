# an annotated parameter with '=' and no value
def f(a: int = , b=2):
    pass
