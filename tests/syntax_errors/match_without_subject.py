# a match statement with no subject
match:
    case 1:
        pass
