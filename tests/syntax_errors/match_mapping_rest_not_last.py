# a '**rest' that is not last in a mapping pattern
match x:
    case {**rest, 'a': 1}:
        pass
