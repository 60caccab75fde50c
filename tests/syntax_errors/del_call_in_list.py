# del of a list containing a call
del [a, f()]
