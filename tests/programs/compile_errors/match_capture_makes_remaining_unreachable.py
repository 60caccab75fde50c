# An irrefutable capture pattern that is not the last case.
match 1:
    case x:
        pass
    case 2:
        pass
