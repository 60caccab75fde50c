# assignment to 'yield x'
def f():
    yield x = 1
