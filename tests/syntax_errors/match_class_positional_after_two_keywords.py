# positional patterns after two keyword patterns
match x:
    case C(a=1, b=2, c, d):
        pass
