# '**' with no right operand
x = 2 **
