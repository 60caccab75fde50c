# a starred generator expression as the sole argument
f(*a for a in b)
