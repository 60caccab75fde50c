# a match subject that is only a starred expression
match *x:
    case 1:
        pass
