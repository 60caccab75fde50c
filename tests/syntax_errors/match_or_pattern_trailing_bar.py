# an or-pattern ending with '|'
match x:
    case 1 |:
        pass
