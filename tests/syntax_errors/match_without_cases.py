# a match block with a non-case statement
match x:
    pass
