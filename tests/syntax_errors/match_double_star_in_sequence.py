# a '**' pattern in a sequence
match x:
    case [**a]:
        pass
