# a triple-quoted bytes literal containing a non-ASCII character on its second line
x = b'''abc
é'''
