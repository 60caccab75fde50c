# a conditional expression ending right after 'if'
x = 5 if
