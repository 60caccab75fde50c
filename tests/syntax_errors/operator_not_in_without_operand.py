# 'not in' with no right operand
x = a not in
