# a positional class pattern after a keyword pattern
match x:
    case C(a=1, b):
        pass
