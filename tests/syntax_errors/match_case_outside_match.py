# a case statement outside of a match
case 1:
    pass
