# a capitalized 'If' keyword
If x:
    pass
