# nonlocal at module level after an assignment: the assignment check comes first.
x = 1
nonlocal x
