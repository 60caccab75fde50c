# del of an attribute with no name
del a.
