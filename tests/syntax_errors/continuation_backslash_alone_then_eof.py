# a line with only a backslash, then end of file
x = 1
\
