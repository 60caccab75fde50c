# a ';' inside a call
f(a; b)
