# a negated name as a pattern
match x:
    case -a:
        pass
