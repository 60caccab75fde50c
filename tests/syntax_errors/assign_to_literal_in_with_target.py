# a with statement whose 'as' target is a literal
with a as 1:
    pass
