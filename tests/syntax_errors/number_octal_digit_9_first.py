# an octal literal whose first digit is 9
x = 0o9
