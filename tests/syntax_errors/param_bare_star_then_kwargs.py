# a bare '*' followed by '**kwargs'
def f(a, *, **k):
    pass
