# 'global' inside an expression
x = global
