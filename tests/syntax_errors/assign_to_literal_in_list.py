# assignment to a list containing a literal
[a, 2.5] = x
