# a default value on '**kwargs'
def f(**kwargs=1):
    pass
