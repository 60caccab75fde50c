# '*args' after '**kwargs'
def f(**k, *a):
    pass
