# a starred expression as a comparison operand
x = *a == b
