# del of None
del None
