# assignment to a unary minus expression
-a = 1
