# a conditional expression with 'else' and no value
x = a if b else
