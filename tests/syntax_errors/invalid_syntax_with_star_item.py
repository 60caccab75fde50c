# a starred item in a with statement
with *a:
    pass
