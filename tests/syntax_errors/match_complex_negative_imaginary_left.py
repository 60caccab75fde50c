# a complex literal pattern written imaginary first
match x:
    case -1j - 2:
        pass
