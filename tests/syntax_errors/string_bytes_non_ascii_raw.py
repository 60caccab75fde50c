# a raw bytes literal containing a non-ASCII character
x = rb'€'
