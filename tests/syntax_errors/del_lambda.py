# del of a lambda
del lambda: 1
