# an invalid statement on the last line without a newline
x = 1
y = = 2