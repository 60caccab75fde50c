# a keyword used as an attribute name
x = a.class
