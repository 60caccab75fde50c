# an error inside a call spanning several lines
f(a,
  b,
  = c)
