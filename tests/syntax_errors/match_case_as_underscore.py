# a case pattern captured with 'as _'
match x:
    case 1 as _:
        pass
