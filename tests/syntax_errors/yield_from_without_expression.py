# 'yield from' with no expression
def f():
    yield from
