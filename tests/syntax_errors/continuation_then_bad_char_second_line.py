# a backslash followed by a space on the second line of a statement
a\
 = 1 \ 
