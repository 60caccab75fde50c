# a keyword argument written with ':='
f(a.b := 1)
