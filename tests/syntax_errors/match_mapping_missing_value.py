# a mapping pattern key with no value
match x:
    case {'a':}:
        pass
