# a named expression inside a slice
x[a := 1 : 2]
