# a keyword used as an expression value
x = def
