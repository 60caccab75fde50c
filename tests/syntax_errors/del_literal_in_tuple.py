# del of a tuple containing a literal
del a, 1
