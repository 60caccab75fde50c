# 'yield from = 1'
def f():
    yield from = 1
