# a function call on a literal in a pattern
match x:
    case 1():
        pass
