# a parser error on the line after a non-ASCII line (offsets unaffected)
x = ['é',
     1 2]
