# a binary literal containing the digit 2
x = 0b1012
