# two arguments without a comma
f(a b)
