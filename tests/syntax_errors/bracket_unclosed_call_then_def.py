# a call left open before a def statement
print('x'
def f():
    pass
