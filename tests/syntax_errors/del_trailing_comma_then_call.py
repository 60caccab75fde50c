# del of a target list ending with a call
del a, b, c()
