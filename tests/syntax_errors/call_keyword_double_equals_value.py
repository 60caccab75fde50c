# a keyword argument written 'a==' with no value
f(a==)
