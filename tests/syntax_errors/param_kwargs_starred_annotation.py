# a starred annotation on '**kwargs'
def f(**k: *b):
    pass
