# a decimal literal with a leading zero
x = 0777
