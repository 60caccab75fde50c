# del of a comparison
del a == b
