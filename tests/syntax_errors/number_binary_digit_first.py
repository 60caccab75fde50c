# a binary literal whose first digit is 3
x = 0b3
