# assignment to a non-ASCII string literal
'é' = 1
