# a generator expression whose target is a call
y = (x for f() in z)
