# a literal 09 (leading zero, not octal)
x = 09
