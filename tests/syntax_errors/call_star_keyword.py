# '*' applied to a keyword argument
f(*a=1)
