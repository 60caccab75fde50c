# the middle target of a chained assignment is a call
a = f() = b = 1
