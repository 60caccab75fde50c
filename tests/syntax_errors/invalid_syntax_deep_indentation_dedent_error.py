# an indentation error after several correct dedents
def f():
    if x:
        if y:
            pass
        pass
   pass
