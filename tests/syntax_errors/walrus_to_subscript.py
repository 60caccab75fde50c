# a named expression whose target is a subscript
(a[0] := 1)
