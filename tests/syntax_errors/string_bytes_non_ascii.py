# a bytes literal containing a non-ASCII character
x = b'café'
