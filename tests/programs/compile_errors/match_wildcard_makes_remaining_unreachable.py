# A wildcard case before other cases.
match 1:
    case _:
        pass
    case 1:
        pass
