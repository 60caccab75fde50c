# a dotted name as a class pattern keyword
match x:
    case C(a.b=1):
        pass
