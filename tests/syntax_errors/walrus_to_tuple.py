# a named expression whose target is a tuple
((a, b) := (1, 2))
