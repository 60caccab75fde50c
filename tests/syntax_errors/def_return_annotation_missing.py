# a def statement with '->' and no annotation
def f() -> :
    pass
