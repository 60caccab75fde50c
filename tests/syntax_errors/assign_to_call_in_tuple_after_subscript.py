# a valid subscript target then a call target in a tuple
a[0], b() = x
