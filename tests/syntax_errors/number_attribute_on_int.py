# an attribute on a decimal int without space: 1.real parses as a float
x = 1.real
