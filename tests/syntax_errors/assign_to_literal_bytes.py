# assignment to a bytes literal
b'abc' = x
