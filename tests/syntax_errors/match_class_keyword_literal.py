# a class pattern keyword that is a literal
match x:
    case C(1=a):
        pass
