# a starred expression inside a slice bound
x[*a:1]
