# a conditional expression with no condition
x = a if else b
