# del of a generator expression
del (x for x in y)
