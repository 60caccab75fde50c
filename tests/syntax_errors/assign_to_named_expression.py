# assignment to a parenthesized named expression
(a := 1) = 2
