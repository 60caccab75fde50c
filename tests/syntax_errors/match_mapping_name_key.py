# a plain capture name as a mapping key
match x:
    case {a: 1}:
        pass
