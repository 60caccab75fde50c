# an unparenthesized named expression on the right of '='
y = x := 1
