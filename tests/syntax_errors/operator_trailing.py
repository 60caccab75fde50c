# a binary operator with no right operand
x = 1 +
