# an unterminated string on the second line of a statement in brackets
x = (1,
     'abc)
