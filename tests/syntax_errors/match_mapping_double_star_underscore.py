# '**_' in a mapping pattern
match x:
    case {**_}:
        pass
