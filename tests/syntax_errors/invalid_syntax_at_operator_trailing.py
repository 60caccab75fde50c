# '@' as a binary operator without a right operand
x = a @
