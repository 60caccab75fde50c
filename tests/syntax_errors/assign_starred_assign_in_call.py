# '*a = b' as a call argument
f(*a = b)
