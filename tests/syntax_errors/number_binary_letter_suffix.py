# a binary literal directly followed by a letter
x = 0b1z
