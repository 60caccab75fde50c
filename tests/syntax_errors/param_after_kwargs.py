# a parameter after '**kwargs'
def f(**k, a):
    pass
