# 'async class'
async class A:
    pass
