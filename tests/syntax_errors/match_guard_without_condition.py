# a case guard with no condition
match x:
    case 1 if:
        pass
