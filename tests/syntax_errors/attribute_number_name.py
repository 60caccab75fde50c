# a number used as an attribute name
x = a.1
