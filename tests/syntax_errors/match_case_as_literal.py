# a case pattern captured with 'as' and a literal
match x:
    case 1 as 2:
        pass
