# an argument list starting with a comma
f(, a)
