# assignment to an 'and' expression
a and b = 1
