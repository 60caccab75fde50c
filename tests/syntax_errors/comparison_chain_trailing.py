# a chained comparison with no last operand
x = a < b <
