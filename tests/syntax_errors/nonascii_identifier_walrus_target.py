# a named expression on an attribute of a non-ASCII name
(été.x := 1)
