# a class base after '**kwargs'
class A(**k, x):
    pass
