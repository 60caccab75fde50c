# a conditional expression with nothing before 'if'
a = 1 if else 2
