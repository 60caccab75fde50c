# a named expression whose target is an attribute
(a.b := 1)
