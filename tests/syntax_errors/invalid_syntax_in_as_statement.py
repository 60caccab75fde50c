# 'in' used as a statement
in x
