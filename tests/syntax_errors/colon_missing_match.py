# a match header without ':'
match x
    case 1:
        pass
