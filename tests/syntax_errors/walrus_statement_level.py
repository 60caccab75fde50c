# an unparenthesized named expression as a statement
x := 1
