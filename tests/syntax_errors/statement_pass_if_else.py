# a statement as the first operand of a conditional expression
x = pass if y else 1
