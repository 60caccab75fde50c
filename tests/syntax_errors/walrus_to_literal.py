# a named expression whose target is a literal
(1 := 2)
