# two '**kwargs' parameters
def f(**a, **b):
    pass
