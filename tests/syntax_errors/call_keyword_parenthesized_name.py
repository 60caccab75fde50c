# a parenthesized name used as a keyword argument name
f((a)=1)
