# a '**' rest pattern with a literal
match x:
    case {'a': 1, **1}:
        pass
