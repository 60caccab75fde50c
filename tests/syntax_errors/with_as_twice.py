# a with item with two 'as' clauses
with a as b as c:
    pass
