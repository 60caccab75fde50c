# a starred literal in a sequence pattern
match x:
    case [*1]:
        pass
