# a binary operator with no right operand inside parentheses
x = (1 *)
