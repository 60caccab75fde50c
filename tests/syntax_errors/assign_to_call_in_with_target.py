# a with statement whose 'as' target is a call
with a as f():
    pass
