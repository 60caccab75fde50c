# a named expression whose target is a call
if f() := 1:
    pass
