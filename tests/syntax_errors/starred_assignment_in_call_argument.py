# '*a = b' inside a call
f(*a = 1)
