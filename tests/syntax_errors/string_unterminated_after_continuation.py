# a string started on a line joined with a backslash
x = 'a' \
'b
