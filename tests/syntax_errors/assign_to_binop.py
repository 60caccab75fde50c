# assignment to an arithmetic expression
a + b = 1
