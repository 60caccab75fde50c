# a case pattern captured with 'as' and a subscript
match x:
    case [a] as b[0]:
        pass
