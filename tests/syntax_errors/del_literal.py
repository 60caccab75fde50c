# del of a literal
del 1
