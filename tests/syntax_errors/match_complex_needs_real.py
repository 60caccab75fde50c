# a complex literal pattern whose left part is imaginary
match x:
    case 1j + 2j:
        pass
