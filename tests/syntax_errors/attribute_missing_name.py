# a '.' with no attribute name
x = a.
