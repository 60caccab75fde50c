# a fraction ending with an underscore
x = 1.5_
