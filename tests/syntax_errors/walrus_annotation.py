# a named expression with an annotation
(a: int := 1)
