# assignment to a tuple containing False
a, False = 1, 2
