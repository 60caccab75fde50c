# an underscore right before the decimal point
x = 1_.5
