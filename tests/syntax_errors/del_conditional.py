# del of a conditional expression
del a if b else c
