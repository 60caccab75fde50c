# two commas in an argument list
f(a,, b)
