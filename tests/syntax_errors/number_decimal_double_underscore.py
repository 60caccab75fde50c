# a decimal literal with two consecutive underscores
x = 1__000
