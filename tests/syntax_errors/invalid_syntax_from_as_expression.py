# 'from' used as an expression
x = from
