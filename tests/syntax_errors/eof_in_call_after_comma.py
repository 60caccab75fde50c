# the file ends inside a call after a comma
f(a,
