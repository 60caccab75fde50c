# assignment to a tuple containing a literal
a, 1 = x
