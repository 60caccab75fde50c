# a complex literal pattern without an imaginary part
match x:
    case 1 + 2:
        pass
