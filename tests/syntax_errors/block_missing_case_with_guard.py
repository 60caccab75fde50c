# no block after a case with a guard
match x:
    case 1 if y:
    pass
