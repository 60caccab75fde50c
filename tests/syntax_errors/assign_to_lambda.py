# assignment to a lambda
lambda: 1 = 1
