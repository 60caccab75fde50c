# a conditional expression without 'else' inside a call
f(a if b)
