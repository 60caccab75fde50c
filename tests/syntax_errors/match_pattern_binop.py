# an arithmetic expression as a pattern
match x:
    case a * 2:
        pass
