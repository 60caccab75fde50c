# a C-style increment statement
x++
