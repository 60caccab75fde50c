# 'return' followed by 'return'
def f():
    return return
