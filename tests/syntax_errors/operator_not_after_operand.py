# 'not' used as a binary operator
x = a not b
