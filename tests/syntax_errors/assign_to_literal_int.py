# assignment to an int literal
1 = x
