# an unclosed bracket followed by an 'if' statement line
x = [1,
if y:
    pass
