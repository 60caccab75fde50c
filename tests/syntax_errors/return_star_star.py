# 'return **x'
def f():
    return **x
