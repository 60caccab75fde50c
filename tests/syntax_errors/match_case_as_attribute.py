# a case pattern captured with 'as' and an attribute
match x:
    case 1 as a.b:
        pass
