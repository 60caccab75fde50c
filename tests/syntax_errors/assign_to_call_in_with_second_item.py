# the second item of a with statement has a call as target
with a as b, c as d():
    pass
