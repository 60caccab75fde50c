# a case header with a guard and no ':'
match x:
    case 1 if y
        pass
