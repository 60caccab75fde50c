# a '/' after '**kwargs'
def f(a, **k, /):
    pass
