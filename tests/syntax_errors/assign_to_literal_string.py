# assignment to a string literal
'abc' = x
