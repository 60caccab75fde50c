# an 'as' pattern followed by '|'
match x:
    case 1 as y | 2:
        pass
