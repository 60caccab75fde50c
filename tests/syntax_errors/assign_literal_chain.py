# a chained assignment whose first target is a literal
1 = 2 = 3
