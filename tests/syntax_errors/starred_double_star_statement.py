# a double-starred expression as a statement
**a
