# del of an arithmetic expression
del a + b
