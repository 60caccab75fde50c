# a named expression as a pattern
match x:
    case (a := 1):
        pass
