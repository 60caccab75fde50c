# a subscript as a value pattern
match x:
    case a[0]:
        pass
