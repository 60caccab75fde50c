# assignment to a comparison
a < b = 1
