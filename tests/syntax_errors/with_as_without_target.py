# a with item with 'as' and no target
with a as:
    pass
