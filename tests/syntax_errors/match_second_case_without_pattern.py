# a second case with no pattern
match x:
    case 1:
        pass
    case:
        pass
